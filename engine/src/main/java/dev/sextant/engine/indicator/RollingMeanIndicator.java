package dev.sextant.engine.indicator;

/**
 * Plain arithmetic mean of the last {@code n} values including the current one; NaN for
 * {@code i < n-1}. Used for volume averages (price averages go through Ta4j's SMA). Sums are
 * recomputed every 1024 bars to avoid drift.
 */
public final class RollingMeanIndicator {

    private RollingMeanIndicator() {
    }

    public static double[] compute(double[] x, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + n);
        }
        double[] out = new double[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            if (i >= n && i % 1024 == 0) {
                sum = 0;
                for (int k = i - n + 1; k <= i; k++) {
                    sum += x[k];
                }
            } else {
                sum += x[i];
                if (i >= n) {
                    sum -= x[i - n];
                }
            }
            out[i] = i < n - 1 ? Double.NaN : sum / n;
        }
        return out;
    }
}
