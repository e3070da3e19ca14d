package dev.sextant.app.cli;

import dev.sextant.engine.optimize.StudyRequestMap;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.optimize.StudyState;
import dev.sextant.engine.optimize.Trial;
import dev.sextant.engine.optimize.TrialState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code ./sextant optimize}: {@code study} (state and stored definition), {@code trials}
 * (every trial by number), {@code best} (null without a complete trial), {@code importance},
 * {@code trial_states} (count per state), {@code evaluated_now} and {@code elapsed_ms}.
 */
final class StudyDocument {

    private StudyDocument() {
    }

    static Map<String, Object> of(StudyResult r, StudyState state) {
        Map<String, Object> study = new LinkedHashMap<>();
        study.put("name", r.request().name());
        study.put("state", state.label());
        study.putAll(StudyRequestMap.of(r.request()));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("study", study);
        List<Map<String, Object>> trials = new ArrayList<>();
        r.trials().forEach(t -> trials.add(trial(t)));
        doc.put("trials", trials);
        doc.put("best", best(r));
        doc.put("importance", r.importance());
        Map<String, Object> states = new LinkedHashMap<>();
        for (TrialState s : TrialState.values()) {
            states.put(s.label(), r.count(s));
        }
        doc.put("trial_states", states);
        doc.put("evaluated_now", r.evaluated());
        doc.put("elapsed_ms", r.elapsedMs());
        return doc;
    }

    private static Map<String, Object> trial(Trial t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("state", t.state().label());
        m.put("params", t.params());
        m.put("objective_value", t.objectiveValue());
        m.put("intermediate_value", t.intermediateValue());
        m.put("metrics", t.metrics());
        m.put("duration_ms", t.durationMs());
        m.put("reason", t.reason());
        return m;
    }

    private static Map<String, Object> best(StudyResult r) {
        if (r.best() == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trial", r.best().number());
        m.put("objective_value", r.best().objectiveValue());
        m.put("params", r.bestParams());
        m.put("metrics", r.best().metrics());
        return m;
    }
}
