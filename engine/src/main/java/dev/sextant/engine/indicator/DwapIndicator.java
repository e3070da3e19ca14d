package dev.sextant.engine.indicator;

/**
 * DWAP, the volume-weighted average close over the last {@code n} bars:
 * {@code Σ close·volume / Σ volume} over bars {@code i-n+1..i}. NaN for {@code i < n-1} and when
 * the window's volume is zero. Sums are recomputed from scratch every 1024 bars so that the
 * rolling update does not drift.
 */
public final class DwapIndicator {

    /** Bars between from-scratch recomputations of the sums. */
    private static final int BLOCK = 1024;

    private DwapIndicator() {
    }

    public static double[] compute(double[] close, double[] volume, int n) {
        return compute(close, volume, n, 0, close.length);
    }

    /**
     * DWAP on bars {@code from} to {@code to - 1} only, element {@code k} being bar {@code from + k}: bit for bit the
     * values {@link #compute(double[], double[], int)} gives there. The rolling sums start at the last from-scratch
     * point at or before {@code from} (a multiple of 1024 at or after {@code n}, where the whole computation starts
     * over too), so a span costs its length plus at most 1024 + n bars instead of the whole series.
     */
    public static double[] compute(double[] close, double[] volume, int n, int from, int to) {
        if (n < 1) {
            throw new IllegalArgumentException("dwap period must be >= 1, got " + n);
        }
        if (from < 0 || from > to || to > close.length) {
            throw new IllegalArgumentException("bars " + from + " to " + to + " are not inside 0 to " + close.length);
        }
        double[] out = new double[to - from];
        int restart = from / BLOCK * BLOCK;
        int start = restart >= n ? restart : 0;
        // bars start .. firstBlock - 1, then whole blocks from one from-scratch point to the next, two at a time;
        // every bar of a block is at or after `from`, and a block depends on nothing before it
        int firstBlock = Math.ceilDiv(Math.max(start + 1, n), BLOCK) * BLOCK;
        segment(close, volume, n, start, Math.min(firstBlock, to), from, out);
        for (int a = firstBlock; a < to; a += 2 * BLOCK) {
            int b = a + BLOCK;
            if (b < to) {
                blockPair(close, volume, n, a, b, Math.min(b + BLOCK, to), from, out);
            } else {
                segment(close, volume, n, a, to, from, out);
            }
        }
        return out;
    }

    /**
     * Bars {@code start} to {@code end - 1} alone: from scratch at {@code start} when it is a from-scratch point (at or
     * after {@code n}), else rolling from bar 0.
     */
    private static void segment(double[] close, double[] volume, int n, int start, int end, int from, double[] out) {
        double pv = 0;
        double v = 0;
        int i = start;
        if (start >= n && start < end) {
            for (int k = start - n + 1; k <= start; k++) {
                pv += close[k] * volume[k];
                v += volume[k];
            }
            if (start >= from) {
                out[start - from] = value(pv, v);
            }
            i++;
        }
        for (; i < end; i++) {
            pv += close[i] * volume[i];
            v += volume[i];
            if (i >= n) {
                pv -= close[i - n] * volume[i - n];
                v -= volume[i - n];
            }
            if (i >= from) {
                out[i - from] = i < n - 1 ? Double.NaN : value(pv, v);
            }
        }
    }

    /**
     * Two blocks at once, {@code a} to {@code b - 1} (whole) and {@code b} to {@code endB - 1}: the same additions in
     * the same order as {@link #segment} for each, but their two chains of dependent additions interleaved, which
     * lets the processor overlap them (the rolling sums are bound by the latency of each addition; 1.5 instead of
     * 2.0 ns per bar, where the divisions then set the pace).
     */
    private static void blockPair(double[] close, double[] volume, int n, int a, int b, int endB, int from, double[] out) {
        double pa = 0;
        double va = 0;
        double pb = 0;
        double vb = 0;
        for (int k = 1 - n; k <= 0; k++) {
            pa += close[a + k] * volume[a + k];
            va += volume[a + k];
            pb += close[b + k] * volume[b + k];
            vb += volume[b + k];
        }
        out[a - from] = value(pa, va);
        out[b - from] = value(pb, vb);
        int lengthB = endB - b;
        for (int t = 1; t < lengthB; t++) {
            int i = a + t;
            int j = b + t;
            pa += close[i] * volume[i];
            va += volume[i];
            pb += close[j] * volume[j];
            vb += volume[j];
            pa -= close[i - n] * volume[i - n];
            va -= volume[i - n];
            pb -= close[j - n] * volume[j - n];
            vb -= volume[j - n];
            out[i - from] = value(pa, va);
            out[j - from] = value(pb, vb);
        }
        for (int i = a + lengthB; i < b; i++) {
            pa += close[i] * volume[i];
            va += volume[i];
            pa -= close[i - n] * volume[i - n];
            va -= volume[i - n];
            out[i - from] = value(pa, va);
        }
    }

    private static double value(double pv, double v) {
        return v <= 0 ? Double.NaN : pv / v;
    }
}
