package dev.sextant.engine.strategy;

/**
 * Sign changes of a difference series {@code d = a − b}. A cross up at {@code i} means
 * {@code d[i] > 0} and the last non-zero, defined value before {@code i} was negative (days where
 * {@code d} is exactly 0 are ignored, NaN days are skipped). The first defined value is never a
 * cross: there is nothing before it to cross from. {@link #next} reads the series one value at a
 * time, so a strategy can act on each cross as it computes {@code d}, with no column of it.
 */
public final class CrossDetector {

    /** The sign of the last non-zero, defined value read; 0 before the first. */
    private int lastSign;

    /** A detector that has read nothing yet. */
    public CrossDetector() {
    }

    /** Fills {@code up[i]}/{@code down[i]} with the crosses of {@code d}. */
    public static void crosses(double[] d, boolean[] up, boolean[] down) {
        CrossDetector detector = new CrossDetector();
        for (int i = 0; i < d.length; i++) {
            int cross = detector.next(d[i]);
            if (cross > 0) {
                up[i] = true;
            } else if (cross < 0) {
                down[i] = true;
            }
        }
    }

    /** Reads the next value of {@code d}: 1 for a cross up there, -1 for a cross down, else 0. */
    public int next(double v) {
        if (Double.isNaN(v) || v == 0) {
            return 0;
        }
        int sign = v > 0 ? 1 : -1;
        int cross = lastSign != 0 && sign != lastSign ? sign : 0;
        lastSign = sign;
        return cross;
    }
}
