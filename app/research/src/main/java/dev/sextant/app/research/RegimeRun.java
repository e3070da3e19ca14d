package dev.sextant.app.research;

import dev.sextant.engine.regime.RegimeAnalysis;
import dev.sextant.engine.regime.RegimeSnapshot;
import java.util.List;

/**
 * What one run of the regime model computed ({@code ./sextant regime} and the regime panel).
 *
 * @param universe the breadth universe, null without one
 * @param breadthWithoutBars members of the breadth universe left out for lack of daily bars
 * @param analysis the model's run over the whole history up to the last day (its summary covers that)
 * @param days the classified days from the first to the last day asked for, the ones shown and saved
 */
public record RegimeRun(RegimeSymbols symbols, String universe, List<String> breadthWithoutBars, RegimeAnalysis analysis,
        List<RegimeSnapshot> days) {

    public RegimeSnapshot latest() {
        return days.getLast();
    }

    public long breadthDays() {
        return days.stream().filter(RegimeSnapshot::breadth).count();
    }
}
