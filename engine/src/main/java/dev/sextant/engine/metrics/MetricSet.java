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
}
