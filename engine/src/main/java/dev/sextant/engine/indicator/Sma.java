package dev.sextant.engine.indicator;

/**
 * The simple moving average of a column, computed on primitives: a running total over the last {@code period}
 * values, NaN before the first full window ({@code i < period - 1}), as {@link StandardIndicators#sma} reads
 * Ta4j's {@code SMAIndicator}. Strategies use it instead of building a Ta4j bar series for an average alone;
 * {@code SmaTest} holds it equal to Ta4j's on the sample and the real market.
 */
public final class Sma {

    private Sma() {
    }

    public static double[] of(double[] values, int period) {
        if (period < 1) {
            throw new IllegalArgumentException("SMA period must be at least 1, got " + period);
        }
        int n = values.length;
        double[] out = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum = i < period ? sum + values[i] : sum + values[i] - values[i - period];
            out[i] = i < period - 1 ? Double.NaN : sum / period;
        }
        return out;
    }
}
