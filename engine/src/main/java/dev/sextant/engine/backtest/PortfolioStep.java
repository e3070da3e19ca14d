package dev.sextant.engine.backtest;

import java.util.List;

/**
 * What {@link PortfolioBacktester#step} simulated: the new days' closes as parallel arrays
 * (as in {@link EquityCurve}), their fills, the round trips closed on them, and the book after them.
 */
public record PortfolioStep(long[] time, double[] equity, double[] exposure, int[] positions,
        List<Execution> executions, List<RoundTrip> closedTrips, PortfolioBook book) {

    public int days() {
        return time.length;
    }
}
