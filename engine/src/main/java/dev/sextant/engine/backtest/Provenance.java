package dev.sextant.engine.backtest;

/**
 * What produced a result: engine version, strategy id/version and resolved params (canonical
 * text), a fingerprint of every input column
 * ({@link dev.sextant.engine.market.DataFingerprint#ofAll}), the seed, the fill timing label and the
 * entry rules in words ({@link #rulesText}, null when none).
 */
public record Provenance(
        String engineVersion,
        String strategyId,
        String strategyVersion,
        String params,
        String dataFingerprint,
        long seed,
        String fillLabel,
        String rules) {

    /** The entry rules of a request in one line, e.g. {@code market filter SPY:sma200; risk policy calm}; null for none. */
    public static String rulesText(dev.sextant.engine.rules.EntryRules r) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        r.gates().forEach(g -> parts.add(g.name() + " " + g.spec()));
        if (r.regimeGate() != null) {
            parts.add("regime index " + r.regimeGate().index()
                    + (r.regimeGate().volatility() == null ? "" : " with " + r.regimeGate().volatility()));
        }
        if (r.circuitBreaker() != null) {
            parts.add("circuit breaker " + r.circuitBreaker().spec());
        }
        if (r.riskPolicy() != null) {
            parts.add("risk policy " + r.riskPolicy().name());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** Stable snake_case form, as results show and stores persist it. */
    public java.util.Map<String, Object> asMap() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("engine_version", engineVersion);
        m.put("strategy_id", strategyId);
        m.put("strategy_version", strategyVersion);
        m.put("params", params);
        m.put("data_fingerprint", dataFingerprint);
        m.put("seed", seed);
        m.put("fill", fillLabel);
        if (rules != null) {
            m.put("rules", rules);
        }
        return m;
    }

    /** Reads a map written by {@link #asMap()}. */
    public static Provenance fromMap(java.util.Map<String, ?> m) {
        return new Provenance((String) m.get("engine_version"), (String) m.get("strategy_id"),
                (String) m.get("strategy_version"), (String) m.get("params"), (String) m.get("data_fingerprint"),
                ((Number) m.get("seed")).longValue(), (String) m.get("fill"), (String) m.get("rules"));
    }
}
