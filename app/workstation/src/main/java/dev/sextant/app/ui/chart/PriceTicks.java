package dev.sextant.app.ui.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Tick values for a price scale: about one tick per {@link #PIXELS_PER_TICK} pixels at "nice"
 * numbers (1, 2, 2.5 or 5 times a power of ten). On a log scale the ticks are nice numbers spaced
 * about evenly in log space: each step multiplies by roughly the same factor.
 */
public final class PriceTicks {

    public static final double PIXELS_PER_TICK = 60;
    private static final double[] MANTISSAS = {1, 2, 2.5, 5, 10};

    private PriceTicks() {
    }

    /** How many ticks a scale of {@code pixels} length gets (at least 2). */
    public static int count(double pixels) {
        return Math.max(2, (int) Math.round(pixels / PIXELS_PER_TICK));
    }

    /** The smallest nice step (1, 2, 2.5, 5 times a power of ten) that is at least {@code raw}. */
    public static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            throw new IllegalArgumentException("tick step must be a positive number, got " + raw);
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : MANTISSAS) {
            if (m * magnitude >= raw * (1 - 1e-9)) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** The nice step (1, 2, 2.5, 5 times a power of ten) nearest to {@code raw} by ratio. */
    public static double nearestStep(double raw) {
        double up = niceStep(raw);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double best = up;
        double distance = Math.log(up / raw);
        for (double m : MANTISSAS) {
            double candidate = m * magnitude;
            if (candidate <= raw && Math.log(raw / candidate) < distance) {
                best = candidate;
                distance = Math.log(raw / candidate);
            }
        }
        return best;
    }

    /** Linear ticks in {@code [min, max]}: multiples of the nice step nearest to giving {@code count} of them. */
    public static List<Double> linear(double min, double max, int count) {
        List<Double> ticks = new ArrayList<>();
        if (!(max > min)) {
            return ticks;
        }
        double step = nearestStep((max - min) / Math.max(1, count));
        for (long k = (long) Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) {
            ticks.add(k * step);
        }
        return ticks;
    }

    /**
     * Log ticks in {@code [min, max]} (both &gt; 0): for each tick the next is the first nice number
     * at least the ideal factor {@code (max/min)^(1/count)} above it, rounded to the nice step of its own size.
     */
    public static List<Double> log(double min, double max, int count) {
        List<Double> ticks = new ArrayList<>();
        if (!(max > min) || !(min > 0)) {
            return ticks;
        }
        double factor = Math.pow(max / min, 1.0 / Math.max(1, count));
        double value = roundUp(min, min * (factor - 1));
        while (value <= max * (1 + 1e-9)) {
            ticks.add(value);
            value = roundUp(value * factor, value * (factor - 1));
        }
        return ticks;
    }

    /** {@code v} rounded up to a multiple of the nice step at least {@code spacing}. */
    private static double roundUp(double v, double spacing) {
        double step = niceStep(spacing);
        return Math.ceil(v / step - 1e-9) * step;
    }
}
