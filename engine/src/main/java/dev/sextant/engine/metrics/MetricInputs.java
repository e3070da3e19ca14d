package dev.sextant.engine.metrics;

/**
 * What the metrics are computed from, as plain arrays so that metrics do not depend on the
 * simulator. {@code equity[t]} is the portfolio value at the close of bar {@code t};
 * {@code positions[t]} the number of open positions then; {@code benchmark} is a buy-and-hold
 * equity on the same bars, or {@code null}; {@code tradePnl}/{@code tradeBars} hold net P&amp;L
 * (currency) and bars held of each <em>closed</em> round trip. {@code calendarDays} is the
 * calendar time between the first and last equity points, in days. {@code barsPerYear}
 * annualises per-bar statistics ({@link PerformanceMetrics#barsPerYear}).
 */
public record MetricInputs(
        double calendarDays,
        double[] equity,
        int[] positions,
        double[] benchmark,
        double[] tradePnl,
        int[] tradeBars,
        double riskFreeAnnual,
        double barsPerYear) {

    public MetricInputs {
        if (positions.length != equity.length || (benchmark != null && benchmark.length != equity.length)) {
            throw new IllegalArgumentException("equity, positions and benchmark must have the same length");
        }
        if (!(barsPerYear > 0)) {
            throw new IllegalArgumentException("barsPerYear must be positive, got " + barsPerYear);
        }
        if (tradePnl.length != tradeBars.length) {
            throw new IllegalArgumentException("tradePnl and tradeBars must have the same length");
        }
    }
}
