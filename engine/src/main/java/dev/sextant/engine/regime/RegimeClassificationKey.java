package dev.sextant.engine.regime;

import java.util.Objects;

/**
 * What a stored classification of an index into regimes depends on: the index, its volatility index (null: none), the
 * regime model's version and the fingerprint of both series' bars ({@code DataFingerprint.ofAll}). Equal keys give
 * equal classifications; new or revised bars change the fingerprint and so the key.
 */
public record RegimeClassificationKey(String index, String volatility, String modelVersion, String dataFingerprint) {

    public RegimeClassificationKey {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(dataFingerprint, "dataFingerprint");
        if (volatility != null && volatility.isEmpty()) {
            throw new IllegalArgumentException("volatility index: null for none, not empty");
        }
    }
}
