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
        if (n < 1) {
            throw new IllegalArgumentException("dwap period must be >= 1, got " + n);
        }
        int len = close.length;
        double[] out = new double[len];
        double pv = 0;
        double v = 0;
        for (int i = 0; i < len; i++) {
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
            out[i] = i < n - 1 || v <= 0 ? Double.NaN : pv / v;
        }
        return out;
    }
}
