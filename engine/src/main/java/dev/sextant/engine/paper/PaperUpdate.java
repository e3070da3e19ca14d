package dev.sextant.engine.paper;

import dev.sextant.engine.backtest.Execution;
import java.util.List;

/** What one update added (to append to the portfolio's history) and the state after it. */
public record PaperUpdate(List<PaperDay> days, List<Execution> executions, List<PaperTrip> closedTrips,
        List<StrategySwitch> switches, PaperState after) {

    public boolean isEmpty() {
        return days.isEmpty();
    }
}
