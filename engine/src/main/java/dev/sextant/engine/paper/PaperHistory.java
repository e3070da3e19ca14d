package dev.sextant.engine.paper;

import dev.sextant.engine.backtest.Execution;
import java.util.List;

/** Everything a paper portfolio has recorded, oldest first. */
public record PaperHistory(List<PaperDay> days, List<Execution> executions, List<PaperTrip> trips,
        List<StrategySwitch> switches) {
}
