package dev.sextant.engine.backtest;

/**
 * What produced a result: engine version, strategy id/version and resolved params (canonical
 * text), a fingerprint of every input column
 * ({@link dev.sextant.engine.market.DataFingerprint#ofAll}), the seed and the fill timing label.
 */
public record Provenance(
        String engineVersion,
        String strategyId,
        String strategyVersion,
        String params,
        String dataFingerprint,
        long seed,
        String fillLabel) {
}
