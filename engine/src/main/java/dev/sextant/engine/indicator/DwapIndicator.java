package dev.sextant.engine.indicator;

/**
 * DWAP, the volume-weighted average close over the last {@code n} bars:
 * {@code Σ close·volume / Σ volume} over bars {@code i-n+1..i}. NaN for {@code i < n-1} and when
 * the window's volume is zero. Sums are recomputed from scratch every 1024 bars so that the
 * rolling update does not drift.
 */
public final class DwapIndicator {

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
        int restart = from / 1024 * 1024;
        int start = restart >= n ? restart : 0;
        double pv = 0;
        double v = 0;
        for (int i = start; i < to; i++) {
            if (i >= n && i % 1024 == 0) {
                pv = 0;
                v = 0;
                for (int k = i - n + 1; k <= i; k++) {
                    pv += close[k] * volume[k];
                    v += volume[k];
                }
            } else {
                pv += close[i] * volume[i];
                v += volume[i];
                if (i >= n) {
                    pv -= close[i - n] * volume[i - n];
                    v -= volume[i - n];
                }
            }
            if (i >= from) {
                out[i - from] = i < n - 1 || v <= 0 ? Double.NaN : pv / v;
            }
        }
        return out;
    }
}
