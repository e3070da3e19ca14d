package dev.sextant.engine.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SteppedRangeTest {

    static final ParamSpec PERIOD = ParamSpec.ofInt("period", 10, 25, 20, "");
    static final ParamSpec THRESHOLD = ParamSpec.ofFloat("threshold", 0.02, 0.05, 0.03, "");

    @Test
    void valuesRunFromLowInStepsUpToHigh() {
        assertThat(SteppedRange.values(PERIOD, 5)).containsExactly(10, 15, 20, 25);
        assertThat(SteppedRange.values(ParamSpec.ofInt("p", 10, 24, 20, ""), 5)).containsExactly(10, 15, 20);
        assertThat(SteppedRange.values(THRESHOLD, 0.01)).containsExactly(0.02, 0.03, 0.04, 0.05);
        assertThat(SteppedRange.values(ParamSpec.ofFloat("t", 0.02, 0.4, 0.1, ""), 0.1)).containsExactly(0.02, 0.12, 0.22, 0.32);
    }

    @Test
    void badStepsAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> SteppedRange.values(PERIOD, 0)).hasMessage("param 'period': step 0 must be above 0");
        assertThatThrownBy(() -> SteppedRange.values(PERIOD, 2.5))
                .hasMessage("param 'period' is an integer: step 2.5 must be a whole number");
        assertThatThrownBy(() -> SteppedRange.values(PERIOD, 16)).hasMessage("param 'period': step 16 is wider than the range 10 .. 25");
        assertThatThrownBy(() -> SteppedRange.values(ParamSpec.ofLogFloat("stop", 0.02, 0.3, 0.08, ""), 0.01))
                .hasMessage("param 'stop' is searched on a log scale: a step needs a linear range");
        BacktestRequest base = BacktestRequest.builder("dwap-breakout", List.of("S0")).build();
        assertThatThrownBy(() -> StudyRequest.builder("s", base, ParamSpace.of(PERIOD)).steps(Map.of("threshold", 0.01)).build())
                .hasMessage("step for 'threshold', which is not searched");
    }

    /** Random and GA draws and the grid only try the stepped values; the grid tries each exactly once. */
    @Test
    void everySamplerTriesOnlySteppedValues() {
        Map<String, Double> steps = Map.of("period", 5.0, "threshold", 0.01);
        ParamSpace space = ParamSpace.of(PERIOD, THRESHOLD);
        for (SamplerKind kind : SamplerKind.values()) {
            StudyRequest r = StudyTest.request("stepped-" + kind.label()).sampler(kind).trials(16).steps(steps).build();
            r = new StudyRequest(r.name(), r.base(), space, r.objective(), r.constraints(), r.sampler(), r.trials(), r.seed(),
                    r.pruning(), r.gridLevels(), r.steps(), r.threads());
            StudyResult result = StudyTest.run(r, new InMemoryStudyStore());
            Set<List<Object>> seen = new HashSet<>();
            for (Trial t : result.trials()) {
                assertThat(t.params().get("period")).as(kind.label()).isIn(10, 15, 20, 25);
                assertThat(t.params().get("threshold")).as(kind.label()).isIn(0.02, 0.03, 0.04, 0.05);
                seen.add(List.of(t.params().get("period"), t.params().get("threshold")));
            }
            if (kind == SamplerKind.GRID) {
                assertThat(result.trials()).hasSize(16);
                assertThat(seen).hasSize(16);
            }
        }
    }

    @Test
    void stepsSurviveTheStoredForm() {
        StudyRequest r = StudyTest.request("map").steps(Map.of("period", 10.0)).build();
        Map<String, Object> stored = StudyRequestMap.of(r);
        assertThat(stored.get("steps")).isEqualTo(Map.of("period", 10.0));
        assertThat(StudyRequestMap.parse(stored, 1).steps()).isEqualTo(Map.of("period", 10.0));
        stored.remove("steps");
        assertThat(StudyRequestMap.parse(stored, 1).steps()).isEmpty();
    }
}
