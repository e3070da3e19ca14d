package dev.sextant.engine.drawing;

import java.util.List;

/** The levels of a Fibonacci retracement between two prices: level 0 at the second anchor, level 1 at the first. */
public final class FibonacciRetracement {

    /** The ratios drawn, the usual set. */
    public static final List<Double> LEVELS = List.of(0.0, 0.236, 0.382, 0.5, 0.618, 0.786, 1.0);

    private FibonacciRetracement() {
    }

    /** The price of {@code level} of a move from {@code from} to {@code to}: {@code to - level * (to - from)}. */
    public static double price(double level, double from, double to) {
        return to - level * (to - from);
    }
}
