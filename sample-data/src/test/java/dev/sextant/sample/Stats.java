package dev.sextant.sample;

import java.util.Arrays;

/** The few sample statistics the tests need, written out plainly. */
final class Stats {

    private Stats() {
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double value : x) {
            sum += value;
        }
        return sum / x.length;
    }

    /** Population standard deviation. */
    static double standardDeviation(double[] x) {
        double mean = mean(x);
        double sum = 0;
        for (double value : x) {
            sum += (value - mean) * (value - mean);
        }
        return Math.sqrt(sum / x.length);
    }

    /** m4 / m2² − 3 with population moments. */
    static double excessKurtosis(double[] x) {
        double mean = mean(x);
        double m2 = 0;
        double m4 = 0;
        for (double value : x) {
            double d = (value - mean) * (value - mean);
            m2 += d;
            m4 += d * d;
        }
        m2 /= x.length;
        m4 /= x.length;
        return m4 / (m2 * m2) - 3;
    }

    /** Sample autocorrelation at {@code lag} (autocovariance over the full-sample variance). */
    static double autocorrelation(double[] x, int lag) {
        double mean = mean(x);
        double numerator = 0;
        double denominator = 0;
        for (int i = 0; i < x.length; i++) {
            denominator += (x[i] - mean) * (x[i] - mean);
            if (i >= lag) {
                numerator += (x[i] - mean) * (x[i - lag] - mean);
            }
        }
        return numerator / denominator;
    }

    static double correlation(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("lengths differ: " + x.length + " vs " + y.length);
        }
        double meanX = mean(x);
        double meanY = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Least-squares slope of y on x. */
    static double slope(double[] y, double[] x) {
        double meanX = mean(x);
        double meanY = mean(y);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }
        return sxy / sxx;
    }

    static double median(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static double[] abs(double[] x) {
        double[] result = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            result[i] = Math.abs(x[i]);
        }
        return result;
    }
}
