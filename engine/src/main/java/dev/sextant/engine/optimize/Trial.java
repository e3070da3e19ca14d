package dev.sextant.engine.optimize;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluated parameter set of a study.
 *
 * @param number position in the study, 0-based, assigned in proposal order (never by finishing order)
 * @param params the searched (free) parameters, in the space's order
 * @param metrics full-span metrics ({@link dev.sextant.engine.metrics.MetricSet#asMap()}); empty when
 *        the trial was pruned or failed
 * @param intermediateValue the objective on the first half of the span, when pruning is on; else null
 * @param objectiveValue the objective on the whole span; null unless it was defined
 * @param durationMs wall time of the evaluation
 * @param reason why a trial is not complete (null for complete trials)
 */
public record Trial(
        int number,
        Map<String, Object> params,
        Map<String, Object> metrics,
        Double intermediateValue,
        Double objectiveValue,
        long durationMs,
        TrialState state,
        String reason) {

    public Trial {
        Objects.requireNonNull(state, "state");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        if (state == TrialState.COMPLETE && objectiveValue == null) {
            throw new IllegalArgumentException("a complete trial needs an objective value");
        }
    }

    public boolean isComplete() {
        return state == TrialState.COMPLETE;
    }
}
