package dev.sextant.app.cli;

import dev.sextant.app.research.RegimeSymbols;
import dev.sextant.engine.regime.RegimeAnalysis;
import dev.sextant.engine.regime.RegimeSnapshot;
import java.util.List;

/**
 * What one {@code ./sextant regime} run computed.
 *
 * @param universe the breadth universe, null without {@code --universe}
 * @param analysis the model's run over the whole history up to {@code --to} (its summary covers that)
 * @param days the classified days from {@code --from} to {@code --to}, the ones shown and saved
 */
record RegimeRun(RegimeSymbols symbols, String universe, RegimeAnalysis analysis, List<RegimeSnapshot> days) {

    RegimeSnapshot latest() {
        return days.getLast();
    }

    long breadthDays() {
        return days.stream().filter(RegimeSnapshot::breadth).count();
    }
}
