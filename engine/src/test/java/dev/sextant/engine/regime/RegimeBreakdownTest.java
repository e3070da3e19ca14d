package dev.sextant.engine.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegimeBreakdownTest {

    private static RegimeBreakdown breakdown() {
        List<RegimePerformance> cells = new ArrayList<>();
        for (MarketRegime r : MarketRegime.values()) {
            cells.add(new RegimePerformance(r, 0, 0, null, 0, null));
        }
        cells.set(MarketRegime.STRONG_BULL.ordinal(), new RegimePerformance(MarketRegime.STRONG_BULL, 40, 0.05, 1.3, 3, 2.0 / 3));
        cells.set(MarketRegime.PANIC_CRASH.ordinal(), new RegimePerformance(MarketRegime.PANIC_CRASH, 1, -0.02, null, 0, null));
        cells.set(MarketRegime.RECOVERY.ordinal(), new RegimePerformance(MarketRegime.RECOVERY, 0, 0, null, 1, 0.0));
        return new RegimeBreakdown("SPY", null, RegimeModel.VERSION, new ResultsByRegime.Row("sma-cross", cells, 7));
    }

    @Test
    void theMapListsOnlyRegimesWithADayOrATradeInRegimeOrder() {
        Map<String, Object> m = breakdown().asMap();

        assertThat(m.keySet()).containsExactly("index", "volatility", "model_version", "strategy", "unclassified_days", "regimes");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> regimes = (Map<String, Map<String, Object>>) m.get("regimes");
        assertThat(regimes.keySet()).containsExactly("strong_bull", "panic_crash", "recovery");
        assertThat(regimes.get("strong_bull")).containsExactly(Map.entry("days", 40), Map.entry("return", 0.05),
                Map.entry("sharpe", 1.3), Map.entry("win_rate", 2.0 / 3), Map.entry("trades", 3));
        assertThat(m.get("volatility")).isNull();
    }

    @Test
    void theMapReadsBackIntoAnEqualBreakdown() {
        RegimeBreakdown original = breakdown();

        assertThat(RegimeBreakdown.fromMap(original.asMap())).isEqualTo(original);
    }
}
