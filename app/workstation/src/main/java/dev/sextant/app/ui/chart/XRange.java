package dev.sextant.app.ui.chart;

/**
 * The visible span of bar indices {@code [from, to)} and the pan and zoom steps on it. It stays
 * within the bars plus a right margin of {@link #MARGIN} of the span, and shows at least
 * {@link #MIN_BARS} bars.
 */
public record XRange(double from, double to) {

    public static final double MARGIN = 0.04;
    public static final double MIN_BARS = 10;

    public double span() {
        return to - from;
    }

    /** Moves by {@code bars} (positive: towards later bars), clamped to the series of {@code size} bars. */
    public XRange pan(double bars, int size) {
        return new XRange(from + bars, to + bars).clamp(size);
    }

    /** Zooms by {@code factor} (&lt; 1 zooms in) keeping the bar at {@code anchor} in place. */
    public XRange zoom(double factor, double anchor, int size) {
        double span = Math.max(MIN_BARS, Math.min(span() * factor, size * (1 + MARGIN)));
        double share = span() == 0 ? 0.5 : (anchor - from) / span();
        double start = anchor - share * span;
        return new XRange(start, start + span).clamp(size);
    }

    /** The whole series. */
    public static XRange all(int size) {
        return new XRange(-0.5, size - 0.5 + Math.max(1, size * MARGIN));
    }

    XRange clamp(int size) {
        double span = Math.min(Math.max(MIN_BARS, span()), size * (1 + MARGIN) + 1);
        double lo = -0.5;
        double hi = size - 0.5 + Math.max(1, span * MARGIN);
        double start = Math.max(lo, Math.min(from, hi - span));
        return new XRange(start, start + span);
    }

    /** The bars at least partly visible: {@code [first, end)} as indices into a series of {@code size} bars. */
    public int[] bars(int size) {
        int first = (int) Math.max(0, Math.floor(from));
        int end = (int) Math.min(size, Math.ceil(to) + 1);
        return new int[] {first, Math.max(first, end)};
    }
}
