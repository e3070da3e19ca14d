package dev.sextant.engine.backtest;

import dev.sextant.engine.market.Timeframe;

/**
 * Portfolio state at each simulated bar's close, as parallel arrays. {@code benchmark} is the
 * buy-and-hold equity of the benchmark symbol (same starting capital, no costs, forward-filled on
 * days it has no bar), or null. {@code drawdown[t] = equity[t]/max(equity[0..t]) − 1};
 * {@code exposure[t]} = market value of open positions / equity; {@code positions[t]} = open
 * positions.
 */
public record EquityCurve(
        Timeframe timeframe,
        long[] time,
        double[] equity,
        double[] benchmark,
        double[] drawdown,
        double[] exposure,
        int[] positions) {

    public int size() {
        return time.length;
    }
}
