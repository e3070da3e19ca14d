package dev.sextant.engine.strategy;

/**
 * Sign changes of a difference series {@code d = a − b}. A cross up at {@code i} means
 * {@code d[i] > 0} and the last non-zero, defined value before {@code i} was negative (days where
 * {@code d} is exactly 0 are ignored, NaN days are skipped). The first defined value is never a
 * cross: there is nothing before it to cross from.
 */
public final class CrossDetector {

    private CrossDetector() {
    }

    /** Fills {@code up[i]}/{@code down[i]} with the crosses of {@code d}. */
    public static void crosses(double[] d, boolean[] up, boolean[] down) {
        int lastSign = 0;
        for (int i = 0; i < d.length; i++) {
            double v = d[i];
            if (Double.isNaN(v) || v == 0) {
                continue;
            }
            int sign = v > 0 ? 1 : -1;
            if (lastSign != 0 && sign != lastSign) {
                if (sign > 0) {
                    up[i] = true;
                } else {
                    down[i] = true;
                }
            }
            lastSign = sign;
        }
    }
}
