package dev.sextant.engine.optimize;

import dev.sextant.engine.metrics.MetricSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a study optimizes: one metric of {@link MetricSet#asMap()} by its snake_case name, or the
 * derived {@code cagr_over_maxdd} = cagr / |max_drawdown| (the same number as {@code calmar},
 * under the name researchers search for), and a direction. The {@linkplain #score score} turns
 * a value into "larger is better" for both directions.
 */
public record Objective(String metric, Direction direction) {

    public static final String CAGR_OVER_MAXDD = "cagr_over_maxdd";

    /** Every accepted metric name: those of {@link MetricSet#asMap()} in their order, then the derived ones. */
    public static final List<String> METRICS = metricNames();

    public Objective {
        Objects.requireNonNull(direction, "direction");
        if (!METRICS.contains(metric)) {
            throw new IllegalArgumentException("unknown objective metric '" + metric + "' (known: "
                    + String.join(", ", METRICS) + ")");
        }
    }

    public static Objective maximize(String metric) {
        return new Objective(metric, Direction.MAXIMIZE);
    }

    public static Objective minimize(String metric) {
        return new Objective(metric, Direction.MINIMIZE);
    }

    /** The objective's value in {@code metrics} (as produced by {@link MetricSet#asMap()}), or null when undefined. */
    public Double value(Map<String, Object> metrics) {
        if (metric.equals(CAGR_OVER_MAXDD)) {
            Object cagr = metrics.get("cagr");
            double dd = ((Number) metrics.get("max_drawdown")).doubleValue();
            return cagr == null || dd == 0 ? null : ((Number) cagr).doubleValue() / Math.abs(dd);
        }
        Object v = metrics.get(metric);
        if (v == null) {
            return null;
        }
        double d = ((Number) v).doubleValue();
        return Double.isFinite(d) ? d : null;
    }

    /** {@code value} for maximize, {@code -value} for minimize: larger scores are better. */
    public double score(double value) {
        return direction == Direction.MAXIMIZE ? value : -value;
    }

    private static List<String> metricNames() {
        MetricSet zero = new MetricSet(0, 0, null, null, null, null, 0, 0, 0, 0, null, null, null, null, null, null,
                null, null);
        List<String> names = new ArrayList<>(zero.asMap().keySet());
        names.add(CAGR_OVER_MAXDD);
        return List.copyOf(names);
    }
}
