package dev.sextant.engine.optimize;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a study.
 *
 * @param trials every recorded trial, by number
 * @param best the complete trial with the best objective (ties: the lowest number), or null
 * @param bestParams all parameters of the best trial (fixed ones included), or null
 * @param importance per searched parameter, see {@link ParamImportance}
 * @param evaluated trials evaluated by this run (the others came from the store)
 * @param elapsedMs wall time of this run
 */
public record StudyResult(
        StudyRequest request,
        List<Trial> trials,
        Trial best,
        Map<String, Object> bestParams,
        Map<String, Double> importance,
        int evaluated,
        long elapsedMs) {

    public StudyResult {
        trials = List.copyOf(trials);
    }

    /** A stored study's outcome from its definition and recorded trials, evaluating nothing (0 evaluated, 0 ms). */
    public static StudyResult stored(StudyRequest request, List<Trial> trials) {
        return of(request, trials, 0, 0);
    }

    static StudyResult of(StudyRequest request, List<Trial> trials, int evaluated, long elapsedMs) {
        Trial best = best(trials, request.objective());
        Map<String, Object> bestParams = null;
        if (best != null) {
            bestParams = new LinkedHashMap<>(request.base().params());
            bestParams.putAll(best.params());
        }
        return new StudyResult(request, trials, best, bestParams, ParamImportance.of(request.space(), trials), evaluated,
                elapsedMs);
    }

    /** Complete trials only; the largest score, ties to the lowest trial number. */
    static Trial best(Collection<Trial> trials, Objective objective) {
        Trial best = null;
        for (Trial t : trials) {
            if (!t.isComplete()) {
                continue;
            }
            if (best == null || objective.score(t.objectiveValue()) > objective.score(best.objectiveValue())
                    || (objective.score(t.objectiveValue()) == objective.score(best.objectiveValue()) && t.number() < best.number())) {
                best = t;
            }
        }
        return best;
    }

    public long count(TrialState state) {
        return trials.stream().filter(t -> t.state() == state).count();
    }
}
