package dev.sextant.engine.strategy;

import dev.sextant.engine.market.DataFingerprint;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-symbol signal columns computed once and reused across backtests, scans, optimizer trials
 * and folds. Keyed by (symbol, data fingerprint, provider id, provider version, params), so a
 * changed series or parameter never hits a stale entry. Thread-safe; unbounded (call
 * {@link #clear()} to release memory).
 */
public final class SignalCache {

    private record Key(String symbol, long data, String providerId, String version, Params params) {
    }

    private final ConcurrentHashMap<Key, SignalColumns> entries = new ConcurrentHashMap<>();

    public SignalColumns get(StrategyProvider provider, PriceColumns bars, Params params) {
        Key key = new Key(bars.symbol(), DataFingerprint.of(bars), provider.id(), provider.version(), params);
        return entries.computeIfAbsent(key, k -> provider.computeSignals(bars, params));
    }

    public int size() {
        return entries.size();
    }

    public void clear() {
        entries.clear();
    }
}
