package dev.sextant.engine.backtest;

/**
 * What produced a result: engine version, strategy id/version and resolved params (canonical
 * text), a fingerprint of every input column
 * ({@link dev.sextant.engine.market.DataFingerprint#ofAll}), the seed, the fill timing label and the
 * return mode ({@code price} or {@code total}; results saved before it existed read as {@code price}).
 */
public record Provenance(
        String engineVersion,
        String strategyId,
        String strategyVersion,
        String params,
        String dataFingerprint,
        long seed,
        String fillLabel,
        String returns) {

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
        m.put("returns", returns);
        return m;
    }

    /** Reads a map written by {@link #asMap()}. */
    public static Provenance fromMap(java.util.Map<String, ?> m) {
        return new Provenance((String) m.get("engine_version"), (String) m.get("strategy_id"),
                (String) m.get("strategy_version"), (String) m.get("params"), (String) m.get("data_fingerprint"),
                ((Number) m.get("seed")).longValue(), (String) m.get("fill"),
                m.get("returns") instanceof String r ? r : ReturnMode.PRICE.text());
    }
}
