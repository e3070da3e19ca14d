package dev.sextant.engine.market;

import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A 64-bit content hash of price columns: symbol, timeframe and every value of every column,
 * mixed with a SplitMix64 finalizer. It identifies data, it is not a cryptographic digest. The
 * value for a given {@link PriceColumns} instance is memoized (the arrays are treated as
 * immutable).
 */
public final class DataFingerprint {

    private static final Map<PriceColumns, Long> MEMO = new WeakHashMap<>();

    private DataFingerprint() {
    }

    public static long of(PriceColumns p) {
        synchronized (MEMO) {
            Long known = MEMO.get(p);
            if (known != null) {
                return known;
            }
        }
        long h = mix(p.symbol().hashCode() * 31L + p.timeframe().ordinal());
        for (int i = 0; i < p.size(); i++) {
            h = mix(h ^ p.time()[i]);
            h = mix(h ^ Double.doubleToLongBits(p.open()[i]));
            h = mix(h ^ Double.doubleToLongBits(p.high()[i]));
            h = mix(h ^ Double.doubleToLongBits(p.low()[i]));
            h = mix(h ^ Double.doubleToLongBits(p.close()[i]));
            h = mix(h ^ Double.doubleToLongBits(p.adjClose()[i]));
            h = mix(h ^ Double.doubleToLongBits(p.volume()[i]));
        }
        synchronized (MEMO) {
            MEMO.put(p, h);
        }
        return h;
    }

    /** Combined fingerprint of several series, independent of the order they are given in. */
    public static String ofAll(Collection<PriceColumns> series) {
        long h = 0x5EC7A47L;
        for (PriceColumns p : series.stream().sorted(Comparator.comparing(PriceColumns::symbol)).toList()) {
            h = mix(h ^ of(p));
        }
        return HexFormat.of().toHexDigits(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
