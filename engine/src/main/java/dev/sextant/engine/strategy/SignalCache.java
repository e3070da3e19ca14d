package dev.sextant.engine.strategy;

import dev.sextant.engine.cache.BoundedCache;
import dev.sextant.engine.market.DataFingerprint;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;

/**
 * Per-symbol signal columns computed once and reused across backtests, scans, optimizer trials
 * and folds. Keyed by (symbol, data fingerprint, provider id, provider version, params), so a
 * changed series or parameter never hits a stale entry, and by the span of bars whose signals matter. Thread-safe and bounded: least recently
 * used entries are dropped once the estimated size of the held columns exceeds the budget
 * (default {@value #DEFAULT_MAX_BYTES} bytes; a 4,000-bar symbol's dwap-breakout columns take
 * about 240 kB, so the default holds roughly 1,100 (symbol, params) entries, e.g. 11 parameter
 * sets of a 100-symbol universe). Optimizer trials mostly reuse their own signals (the pruning
 * run, then the full run), so a larger cache mostly adds garbage-collection work.
 */
public final class SignalCache {

    public static final long DEFAULT_MAX_BYTES = 256L << 20;

    /**
     * Budget for optimizer studies and walk-forward runs. Their trials keep no signals here (each
     * trial computes its own once, see {@code TrialEvaluator}); a walk-forward's out-of-sample runs
     * and overfitting candidates use it. Held entries survive young collections and are copied by
     * the GC, so a study's cache stays smaller than the default.
     */
    public static final long STUDY_MAX_BYTES = 128L << 20;

    private record Key(String symbol, long data, String providerId, String version, Params params, int from, int to) {
    }

    private final BoundedCache<Key, SignalColumns> entries;

    public SignalCache() {
        this(DEFAULT_MAX_BYTES);
    }

    public SignalCache(long maxBytes) {
        this.entries = new BoundedCache<>(maxBytes, SignalCache::estimatedBytes);
    }

    public SignalColumns get(StrategyProvider provider, PriceColumns bars, Params params) {
        return get(provider, bars, params, 0, bars.size());
    }

    /** The signals that matter on bars {@code from} to {@code to - 1} (see {@link StrategyProvider}). */
    public SignalColumns get(StrategyProvider provider, PriceColumns bars, Params params, int from, int to) {
        Key key = new Key(bars.symbol(), DataFingerprint.of(bars), provider.id(), provider.version(), params, from, to);
        return entries.get(key, k -> from == 0 && to == bars.size() ? provider.computeSignals(bars, params)
                : provider.computeSignals(bars, params, from, to));
    }

    public int size() {
        return entries.size();
    }

    public long bytes() {
        return entries.bytes();
    }

    public long hits() {
        return entries.hits();
    }

    public long misses() {
        return entries.misses();
    }

    public void clear() {
        entries.clear();
    }

    /**
     * Bytes of the arrays: 3 boolean and 1 int column, 6 double columns, plus every indicator
     * column (counted in full even when shared with other entries, so the estimate errs high).
     */
    static long estimatedBytes(SignalColumns c) {
        long n = c.size();
        return 256 + n * (3 + 4 + 6 * 8) + (long) c.indicators().size() * n * 8;
    }
}
