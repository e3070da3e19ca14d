package dev.sextant.plugin.examples;

import java.util.Arrays;

/** The few rolling calculations the example strategies need, each value using bars up to its own index only. */
final class Channels {

    private Channels() {
    }

    /** Highest of {@code values[i-n .. i-1]} (the {@code n} bars before {@code i}); NaN for {@code i < n}. */
    static double[] highestBefore(double[] values, int n) {
        double[] out = nan(values.length);
        for (int i = n; i < values.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = i - n; k < i; k++) {
                max = Math.max(max, values[k]);
            }
            out[i] = max;
        }
        return out;
    }

    /** Lowest of {@code values[i-n .. i-1]}; NaN for {@code i < n}. */
    static double[] lowestBefore(double[] values, int n) {
        double[] out = nan(values.length);
        for (int i = n; i < values.length; i++) {
            double min = Double.POSITIVE_INFINITY;
            for (int k = i - n; k < i; k++) {
                min = Math.min(min, values[k]);
            }
            out[i] = min;
        }
        return out;
    }

    /** EMA with α = 2/(n+1), seeded with the mean of the first {@code n} values at index {@code n-1}. */
    static double[] ema(double[] values, int n) {
        double[] out = nan(values.length);
        if (values.length < n) {
            return out;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
        }
        out[n - 1] = sum / n;
        double alpha = 2.0 / (n + 1);
        for (int i = n; i < values.length; i++) {
            out[i] = out[i - 1] + alpha * (values[i] - out[i - 1]);
        }
        return out;
    }

    /**
     * Average true range with Wilder smoothing: the true range of bar 0 is high − low, later ones
     * also reach to the previous close; seeded with the mean of the first {@code n} at {@code n-1}.
     */
    static double[] atr(double[] high, double[] low, double[] close, int n) {
        int size = close.length;
        double[] out = nan(size);
        if (size < n) {
            return out;
        }
        double[] tr = new double[size];
        for (int i = 0; i < size; i++) {
            tr[i] = i == 0 ? high[i] - low[i]
                    : Math.max(high[i] - low[i], Math.max(Math.abs(high[i] - close[i - 1]), Math.abs(low[i] - close[i - 1])));
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += tr[i];
        }
        out[n - 1] = sum / n;
        for (int i = n; i < size; i++) {
            out[i] = (out[i - 1] * (n - 1) + tr[i]) / n;
        }
        return out;
    }

    static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
