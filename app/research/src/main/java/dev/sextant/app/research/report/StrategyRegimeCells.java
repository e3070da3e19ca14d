package dev.sextant.app.research.report;

import dev.sextant.app.research.RegimeSplit;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.RegimePerformance;
import java.util.List;
import java.util.Locale;

/**
 * The strategy × regime heatmap's numbers: one row per saved split, one column per regime, each the
 * {@link RegimeMetric} of that strategy's days in that regime (null: too little data), and the
 * colour scale, the largest distance of any value from the metric's neutral value.
 */
public record StrategyRegimeCells(RegimeMetric metric, List<RegimeSplit> rows, Double[][] values, double scale) {

    public static StrategyRegimeCells of(List<RegimeSplit> rows, RegimeMetric metric) {
        Double[][] values = new Double[rows.size()][MarketRegime.COUNT];
        double scale = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (MarketRegime regime : MarketRegime.values()) {
                Double v = metric.value(rows.get(r).byRegime().row().cell(regime));
                values[r][regime.ordinal()] = v;
                if (v != null && Double.isFinite(v)) {
                    scale = Math.max(scale, Math.abs(v - metric.neutral()));
                }
            }
        }
        return new StrategyRegimeCells(metric, List.copyOf(rows), values, scale);
    }

    public Double value(int row, MarketRegime regime) {
        return values[row][regime.ordinal()];
    }

    /** The cell's text: the formatted value, or "–" without one. */
    public String text(int row, MarketRegime regime) {
        Double v = value(row, regime);
        return v == null ? "–" : metric.format(v);
    }

    /**
     * How far the value lies from neutral, -1 (the worst on the grid) .. +1 (the best), 0 for none;
     * the view colours by it.
     */
    public double strength(int row, MarketRegime regime) {
        Double v = value(row, regime);
        if (v == null || !Double.isFinite(v) || scale == 0) {
            return 0;
        }
        return Math.clamp((v - metric.neutral()) / scale, -1, 1);
    }

    /** Everything stored for the cell, for its tooltip. */
    public String describe(int row, MarketRegime regime) {
        RegimeSplit split = rows.get(row);
        RegimePerformance c = split.byRegime().row().cell(regime);
        return String.format(Locale.ROOT, "%s (run %d) in %s: %d days, return %.1f %%, Sharpe %s, %d trades entered, win rate %s%s",
                split.strategy(), split.runId(), regime.label(), c.days(), 100 * c.totalReturn(),
                c.sharpe() == null ? "-" : String.format(Locale.ROOT, "%.2f", c.sharpe()), c.trades(),
                c.winRate() == null ? "-" : String.format(Locale.ROOT, "%.0f %%", 100 * c.winRate()),
                value(row, regime) == null ? "\nno " + metric + ": " + metric.missing() : "");
    }

    /** The legend's ends: the values at strength -1 and +1. */
    public String legendLow() {
        return metric.format(metric.neutral() - scale);
    }

    public String legendHigh() {
        return metric.format(metric.neutral() + scale);
    }
}
