package dev.sextant.engine.metrics;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each metric of a {@link MetricSet}, named once: its stable snake_case key (storage, JSON, objectives, CLI tables)
 * and how to read it. The order is the order of {@link MetricSet#asMap()}.
 */
public enum MetricKey {
    FINAL_EQUITY("final_equity", MetricSet::finalEquity),
    TOTAL_RETURN("total_return", MetricSet::totalReturn),
    CAGR("cagr", MetricSet::cagr),
    SHARPE("sharpe", MetricSet::sharpe),
    SORTINO("sortino", MetricSet::sortino),
    CALMAR("calmar", MetricSet::calmar),
    MAX_DRAWDOWN("max_drawdown", MetricSet::maxDrawdown),
    MAX_DRAWDOWN_DAYS("max_drawdown_days", MetricSet::maxDrawdownDays),
    EXPOSURE("exposure", MetricSet::exposure),
    TRADES("trades", MetricSet::trades),
    WIN_RATE("win_rate", MetricSet::winRate),
    PROFIT_FACTOR("profit_factor", MetricSet::profitFactor),
    EXPECTANCY("expectancy", MetricSet::expectancy),
    SQN("sqn", MetricSet::sqn),
    AVG_BARS_HELD("avg_bars_held", MetricSet::avgBarsHeld),
    BENCHMARK_RETURN("benchmark_return", MetricSet::benchmarkReturn),
    ALPHA("alpha", MetricSet::alpha),
    BETA("beta", MetricSet::beta);

    private static final Map<String, MetricKey> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(MetricKey::key, k -> k));

    private final String key;
    private final Function<MetricSet, Number> reader;

    MetricKey(String key, Function<MetricSet, Number> reader) {
        this.key = key;
        this.reader = reader;
    }

    /** The stable snake_case name, e.g. {@code max_drawdown}. */
    public String key() {
        return key;
    }

    /** This metric of {@code metrics} as stored: a {@code Double}, an {@code Integer} for counts, or null when undefined. */
    public Number of(MetricSet metrics) {
        return reader.apply(metrics);
    }

    /** This metric in a map written by {@link MetricSet#asMap()} (any {@link Number}), or null when absent or undefined. */
    public Double in(Map<String, ?> metrics) {
        return metrics.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    /** @throws IllegalArgumentException naming {@code key} and the known keys */
    public static MetricKey of(String key) {
        MetricKey k = BY_KEY.get(key);
        if (k == null) {
            throw new IllegalArgumentException("unknown metric '" + key + "' (known: "
                    + Arrays.stream(values()).map(MetricKey::key).collect(Collectors.joining(", ")) + ")");
        }
        return k;
    }
}
