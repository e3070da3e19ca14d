package dev.sextant.engine.paper;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A strategy a portfolio may switch to: a catalog strategy and its parameter overrides, known by
 * {@code label} (unique within a portfolio).
 */
public record Candidate(String label, String strategyId, Map<String, Object> params) {

    public Candidate {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(strategyId, "strategyId");
        if (label.isBlank()) {
            throw new IllegalArgumentException("candidate label must not be blank");
        }
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** The strategy id as its own label, with default parameters. */
    public static Candidate of(String strategyId) {
        return new Candidate(strategyId, strategyId, Map.of());
    }
}
