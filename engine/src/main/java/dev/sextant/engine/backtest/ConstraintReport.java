package dev.sextant.engine.backtest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one entry filter or limit did in a run: whether it bound at all, how many entries it
 * prevented ({@code blockedEntries}) and how many it cut to fewer shares ({@code reducedEntries}).
 * An entry stopped by two closed filters at once counts for both.
 *
 * @param name the constraint and its setting, e.g. {@code market filter SPY:sma200}
 */
public record ConstraintReport(String name, int blockedEntries, int reducedEntries) {

    public boolean binds() {
        return blockedEntries > 0 || reducedEntries > 0;
    }

    /** {@code {name, binds, blocked_entries, reduced_entries}}. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("binds", binds());
        m.put("blocked_entries", blockedEntries);
        m.put("reduced_entries", reducedEntries);
        return m;
    }

    /** Reads a map written by {@link #asMap()}. */
    public static ConstraintReport fromMap(Map<String, ?> m) {
        return new ConstraintReport((String) m.get("name"), ((Number) m.get("blocked_entries")).intValue(),
                ((Number) m.get("reduced_entries")).intValue());
    }
}
