package dev.sextant.engine.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrialMapTest {

    @Test
    void aTrialReadBackFromItsMapEqualsItWithItsValueTypes() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("period", 20);
        params.put("threshold", 0.0125);
        params.put("mode", "fast");
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("sharpe", 1.25);
        metrics.put("trades", 42);
        metrics.put("sortino", null);
        Trial complete = new Trial(7, params, metrics, 0.5, 1.25, 31, TrialState.COMPLETE, null);
        Trial pruned = new Trial(8, params, Map.of(), -0.25, null, 4, TrialState.PRUNED, "below the 50th percentile");

        for (Trial t : new Trial[] {complete, pruned}) {
            Trial back = TrialMap.parse(TrialMap.of(t));
            assertThat(back).isEqualTo(t);
            assertThat(back.params().get("period")).isInstanceOf(Integer.class);
        }
        assertThat(TrialMap.of(pruned)).containsEntry("state", "pruned").containsEntry("objective_value", null)
                .containsEntry("reason", "below the 50th percentile");
    }

    @Test
    void numbersReadFromJsonAsOtherTypesBecomeTheTrialsTypes() {
        Map<String, Object> m = new LinkedHashMap<>(TrialMap.of(new Trial(3, Map.of("period", 5), Map.of(), null, 2.0, 9,
                TrialState.COMPLETE, null)));
        m.put("number", 3L);
        m.put("objective_value", 2);
        m.put("duration_ms", 9);
        Trial back = TrialMap.parse(m);
        assertThat(back.number()).isEqualTo(3);
        assertThat(back.objectiveValue()).isEqualTo(2.0);
        assertThat(back.durationMs()).isEqualTo(9L);
    }
}
