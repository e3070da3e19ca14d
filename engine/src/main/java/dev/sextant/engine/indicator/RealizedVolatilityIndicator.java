package dev.sextant.engine.indicator;

/**
 * Annualised realised volatility: the <em>sample</em> standard deviation (divisor {@code n-1}) of
 * the last {@code n} log returns {@code ln(close[k]/close[k-1])}, times {@code √252}. Defined from
 * index {@code n} on (it needs {@code n+1} closes); NaN before and when a close is not positive.
 */
public final class RealizedVolatilityIndicator {

    private static final double ANNUALISE = Math.sqrt(252.0);

    private RealizedVolatilityIndicator() {
    }

    public static double[] compute(double[] close, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("realised volatility needs n >= 2, got " + n);
        }
        int len = close.length;
        double[] r = new double[len];
        r[0] = Double.NaN;
        for (int i = 1; i < len; i++) {
            r[i] = close[i] > 0 && close[i - 1] > 0 ? Math.log(close[i] / close[i - 1]) : Double.NaN;
        }
        double[] out = new double[len];
        for (int i = 0; i < len; i++) {
            if (i < n) {
                out[i] = Double.NaN;
                continue;
            }
            double mean = 0;
            for (int k = i - n + 1; k <= i; k++) {
                mean += r[k];
            }
            mean /= n;
            double ss = 0;
            for (int k = i - n + 1; k <= i; k++) {
                double d = r[k] - mean;
                ss += d * d;
            }
            out[i] = Math.sqrt(ss / (n - 1)) * ANNUALISE;
        }
        return out;
    }
}
