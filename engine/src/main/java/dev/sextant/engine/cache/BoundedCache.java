package dev.sextant.engine.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A thread-safe least-recently-used cache bounded by an estimate of the bytes its values hold.
 * Values are computed outside the lock, so two threads asking for the same missing key may both
 * compute it; the first stored value wins and both callers get equal content (callers must use
 * pure computations). A single value larger than the whole budget is returned but not kept.
 */
public final class BoundedCache<K, V> {

    private final long maxBytes;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    public BoundedCache(long maxBytes, ToLongFunction<V> weigher) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must be >= 0, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.weigher = weigher;
    }

    public V get(K key, Function<? super K, ? extends V> compute) {
        synchronized (this) {
            V known = entries.get(key);
            if (known != null) {
                hits++;
                return known;
            }
            misses++;
        }
        V value = compute.apply(key);
        long weight = weigher.applyAsLong(value);
        synchronized (this) {
            V raced = entries.get(key);
            if (raced != null) {
                return raced;
            }
            if (weight > maxBytes) {
                return value;
            }
            entries.put(key, value);
            bytes += weight;
            Iterator<Map.Entry<K, V>> eldest = entries.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                Map.Entry<K, V> e = eldest.next();
                bytes -= weigher.applyAsLong(e.getValue());
                eldest.remove();
            }
            return value;
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Estimated bytes held, at most {@code maxBytes}. */
    public synchronized long bytes() {
        return bytes;
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }

    public synchronized void clear() {
        entries.clear();
        bytes = 0;
    }
}
