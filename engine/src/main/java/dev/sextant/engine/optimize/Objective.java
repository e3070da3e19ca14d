package dev.sextant.engine.optimize;

import dev.sextant.engine.metrics.MetricKey;
import dev.sextant.engine.metrics.MetricSet;
import java.util.Arrays;
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
            Double cagr = MetricKey.CAGR.in(metrics);
            Double dd = MetricKey.MAX_DRAWDOWN.in(metrics);
            return cagr == null || dd == null || dd == 0 ? null : cagr / Math.abs(dd);
        }
        Double v = MetricKey.of(metric).in(metrics);
        return v != null && Double.isFinite(v) ? v : null;
    }

    /** {@code value} for maximize, {@code -value} for minimize: larger scores are better. */
    public double score(double value) {
        return direction == Direction.MAXIMIZE ? value : -value;
    }

    private static List<String> metricNames() {
        List<String> names = new ArrayList<>(Arrays.stream(MetricKey.values()).map(MetricKey::key).toList());
        names.add(CAGR_OVER_MAXDD);
        return List.copyOf(names);
    }
}
