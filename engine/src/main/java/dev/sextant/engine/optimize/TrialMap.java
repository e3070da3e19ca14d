package dev.sextant.engine.optimize;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Trial} as a map of plain JDK values (String, Number, Boolean, Map) with snake_case keys and back, the
 * form in which trials cross a process boundary. Parameter and metric values keep their Java types, so a trial read
 * back equals the trial written.
 */
public final class TrialMap {

    private TrialMap() {
    }

    public static Map<String, Object> of(Trial t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("params", new LinkedHashMap<>(t.params()));
        m.put("metrics", new LinkedHashMap<>(t.metrics()));
        m.put("intermediate_value", t.intermediateValue());
        m.put("objective_value", t.objectiveValue());
        m.put("duration_ms", t.durationMs());
        m.put("state", t.state().label());
        m.put("reason", t.reason());
        return m;
    }

    /** Reads a map written by {@link #of}; numbers may come back as any {@link Number}. */
    @SuppressWarnings("unchecked")
    public static Trial parse(Map<String, ?> m) {
        return new Trial(((Number) m.get("number")).intValue(),
                (Map<String, Object>) m.get("params"),
                (Map<String, Object>) m.get("metrics"),
                doubleOrNull(m.get("intermediate_value")),
                doubleOrNull(m.get("objective_value")),
                ((Number) m.get("duration_ms")).longValue(),
                TrialState.parse((String) m.get("state")),
                (String) m.get("reason"));
    }

    private static Double doubleOrNull(Object v) {
        return v == null ? null : ((Number) v).doubleValue();
    }
}
