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

    /** The metrics under their stable snake_case names, in a fixed order (for storage and printing). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("final_equity", finalEquity);
        m.put("total_return", totalReturn);
        m.put("cagr", cagr);
        m.put("sharpe", sharpe);
        m.put("sortino", sortino);
        m.put("calmar", calmar);
        m.put("max_drawdown", maxDrawdown);
        m.put("max_drawdown_days", maxDrawdownDays);
        m.put("exposure", exposure);
        m.put("trades", trades);
        m.put("win_rate", winRate);
        m.put("profit_factor", profitFactor);
        m.put("expectancy", expectancy);
        m.put("sqn", sqn);
        m.put("avg_bars_held", avgBarsHeld);
        m.put("benchmark_return", benchmarkReturn);
        m.put("alpha", alpha);
        m.put("beta", beta);
        return m;
    }

    /** Reads a map written by {@link #asMap()} (numbers may come back as any {@link Number}). */
    public static MetricSet fromMap(Map<String, ?> m) {
        return new MetricSet(num(m, "final_equity"), num(m, "total_return"), opt(m, "cagr"), opt(m, "sharpe"),
                opt(m, "sortino"), opt(m, "calmar"), num(m, "max_drawdown"), (int) num(m, "max_drawdown_days"),
                num(m, "exposure"), (int) num(m, "trades"), opt(m, "win_rate"), opt(m, "profit_factor"),
                opt(m, "expectancy"), opt(m, "sqn"), opt(m, "avg_bars_held"), opt(m, "benchmark_return"),
                opt(m, "alpha"), opt(m, "beta"));
    }

    private static double num(Map<String, ?> m, String key) {
        if (!(m.get(key) instanceof Number n)) {
            throw new IllegalArgumentException("metric " + key + " missing or not a number: " + m.get(key));
        }
        return n.doubleValue();
    }

    private static Double opt(Map<String, ?> m, String key) {
        return m.get(key) == null ? null : num(m, key);
    }
}
