package dev.sextant.engine.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stated metrics of one run; each is defined once in {@link PerformanceMetrics}. A
 * {@code null} value means "undefined" (e.g. Sharpe of a flat curve, profit factor without a
 * losing trade, alpha without a benchmark).
 */
public record MetricSet(
        double finalEquity,
        double totalReturn,
        Double cagr,
        Double sharpe,
        Double sortino,
        Double calmar,
        double maxDrawdown,
        int maxDrawdownDays,
        double exposure,
        int trades,
        Double winRate,
        Double profitFactor,
        Double expectancy,
        Double sqn,
        Double avgBarsHeld,
        Double benchmarkReturn,
        Double alpha,
        Double beta) {

    /** The metrics under their stable {@link MetricKey} names, in {@link MetricKey} order (for storage and printing). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (MetricKey k : MetricKey.values()) {
            m.put(k.key(), k.of(this));
        }
        return m;
    }

    /** Reads a map written by {@link #asMap()} (numbers may come back as any {@link Number}). */
    public static MetricSet fromMap(Map<String, ?> m) {
        return new MetricSet(num(m, MetricKey.FINAL_EQUITY), num(m, MetricKey.TOTAL_RETURN), MetricKey.CAGR.in(m),
                MetricKey.SHARPE.in(m), MetricKey.SORTINO.in(m), MetricKey.CALMAR.in(m), num(m, MetricKey.MAX_DRAWDOWN),
                (int) num(m, MetricKey.MAX_DRAWDOWN_DAYS), num(m, MetricKey.EXPOSURE), (int) num(m, MetricKey.TRADES),
                MetricKey.WIN_RATE.in(m), MetricKey.PROFIT_FACTOR.in(m), MetricKey.EXPECTANCY.in(m), MetricKey.SQN.in(m),
                MetricKey.AVG_BARS_HELD.in(m), MetricKey.BENCHMARK_RETURN.in(m), MetricKey.ALPHA.in(m),
                MetricKey.BETA.in(m));
    }

    private static double num(Map<String, ?> m, MetricKey key) {
        Double v = key.in(m);
        if (v == null) {
            throw new IllegalArgumentException("metric " + key.key() + " missing or not a number: " + m.get(key.key()));
        }
        return v;
    }
}
