package dev.sextant.engine.regime;

/** Trailing-window statistics that use only the window's own and earlier values. */
final class RollingWindows {

    private RollingWindows() {
    }

    /** Maximum of {@code x[i−n+1..i]}; NaN for {@code i < n−1} or when the window holds a NaN. */
    static double[] max(double[] x, int n) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (i < n - 1) {
                out[i] = Double.NaN;
                continue;
            }
            double m = Double.NEGATIVE_INFINITY;
            for (int k = i - n + 1; k <= i; k++) {
                m = Math.max(m, x[k]);
            }
            out[i] = m;
        }
        return out;
    }

    /**
     * Share of {@code x[i−n+1..i]} that is ≤ {@code x[i]}; NaN for {@code i < n−1} or when the
     * window holds a NaN.
     */
    static double[] percentile(double[] x, int n) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Double.NaN;
            if (i < n - 1 || Double.isNaN(x[i])) {
                continue;
            }
            int atOrBelow = 0;
            boolean complete = true;
            for (int k = i - n + 1; k <= i; k++) {
                if (Double.isNaN(x[k])) {
                    complete = false;
                    break;
                }
                if (x[k] <= x[i]) {
                    atOrBelow++;
                }
            }
            if (complete) {
                out[i] = (double) atOrBelow / n;
            }
        }
        return out;
    }

    /** {@code x[i] / x[i−n] − 1}; NaN for {@code i < n}. */
    static double[] change(double[] x, int n) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = i < n ? Double.NaN : x[i] / x[i - n] - 1;
        }
        return out;
    }

    /** {@code x[i] / mean[i] − 1}; NaN where the mean is NaN. */
    static double[] distanceFromMean(double[] x, double[] mean) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] / mean[i] - 1;
        }
        return out;
    }
}
