package dev.sextant.app.ui.chart.compare;

/**
 * One compare symbol on the chart: its colour and its closes on the main symbol's bars (see
 * {@link DateAlignment}), or why it has none ({@code closes} null, {@code note} says why).
 * Its percentage change is measured from its base bar: the first visible bar where it has a close.
 *
 * @param alignedTo the main bar times {@code closes} is aligned with (the same array, not a copy)
 */
public record CompareLine(String symbol, String colour, long[] alignedTo, double[] closes, String note) {

    /** Whether the line has closes on the bars with times {@code times}. */
    public boolean drawnOn(long[] times) {
        return closes != null && alignedTo == times;
    }

    /** The first bar in {@code [first, end)} with a close, -1 when none (all before its first bar). */
    public int baseIndex(int first, int end) {
        for (int i = Math.max(0, first); i < Math.min(end, closes.length); i++) {
            if (!Double.isNaN(closes[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The change from bar {@code base} to bar {@code i} as a fraction (0.05 for +5 %); NaN without a value there. */
    public double change(int base, int i) {
        if (base < 0 || i < base || i >= closes.length) {
            return Double.NaN;
        }
        return closes[i] / closes[base] - 1;
    }
}
