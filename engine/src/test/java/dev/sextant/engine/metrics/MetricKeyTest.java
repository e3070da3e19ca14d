package dev.sextant.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each metric is named once: the stored map, the objective names and the reader all follow {@link MetricKey}. */
class MetricKeyTest {

    private static final MetricSet SET = new MetricSet(123_456.5, 0.234, 0.071, 1.25, 1.9, 0.8, -0.12, 41, 0.63, 17,
            0.52, 1.7, 35.5, 2.1, 9.4, 0.18, 0.02, 0.95);

    @Test
    void theStoredMapHasEveryKeyInOrderWithTheRecordsValues() {
        Map<String, Object> m = SET.asMap();
        assertThat(m.keySet()).containsExactlyElementsOf(Arrays.stream(MetricKey.values()).map(MetricKey::key).toList());
        assertThat(m).containsEntry("final_equity", 123_456.5).containsEntry("max_drawdown", -0.12)
                .containsEntry("max_drawdown_days", 41).containsEntry("trades", 17).containsEntry("beta", 0.95);
        assertThat(MetricSet.fromMap(m)).isEqualTo(SET);
    }

    @Test
    void readsAnyNumberAndTreatsAbsenceAsUndefined() {
        assertThat(MetricKey.TRADES.in(Map.of("trades", 17))).isEqualTo(17.0);
        assertThat(MetricKey.CAGR.in(Map.of("trades", 17))).isNull();
        assertThat(MetricKey.of("win_rate")).isEqualTo(MetricKey.WIN_RATE);
        assertThatThrownBy(() -> MetricKey.of("sharp")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown metric 'sharp' (known: final_equity, total_return, cagr, sharpe");
    }
}
