package dev.sextant.engine.optimize;

import dev.sextant.engine.spi.ParamSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The values {@code min, min + step, min + 2·step, …} up to {@code max} of a searched numeric
 * parameter with a step. Float values are computed in decimal ({@code 0.02 + 3 × 0.1 = 0.32}, not
 * {@code 0.32000000000000006}), so the tried values read as typed.
 */
public final class SteppedRange {

    private SteppedRange() {
    }

    /**
     * Refuses a step that is not positive, not whole for an int parameter, given for a categorical or
     * log-scaled parameter, or wider than the range.
     */
    static void check(ParamSpec p, double step) {
        String name = "param '" + p.name() + "'";
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException(name + ": step " + text(step) + " must be above 0");
        }
        switch (p) {
            case ParamSpec.IntParam i -> {
                if (step != Math.rint(step)) {
                    throw new IllegalArgumentException(name + " is an integer: step " + text(step) + " must be a whole number");
                }
            }
            case ParamSpec.FloatParam f -> {
                if (f.logScale()) {
                    throw new IllegalArgumentException(name + " is searched on a log scale: a step needs a linear range");
                }
            }
            case ParamSpec.CategoricalParam c -> throw new IllegalArgumentException(name + " is a choice: it takes no step");
        }
        if (step > max(p) - min(p)) {
            throw new IllegalArgumentException(name + ": step " + text(step) + " is wider than the range " + text(min(p))
                    + " .. " + text(max(p)));
        }
    }

    /** How many values the range has. */
    static int count(ParamSpec p, double step) {
        return (int) Math.floor((max(p) - min(p)) / step + 1e-9) + 1;
    }

    /** Value {@code k} ({@code 0 ≤ k < count}) as the parameter's type. */
    static Object value(ParamSpec p, double step, int k) {
        return switch (p) {
            case ParamSpec.IntParam i -> (int) (i.min() + (long) k * (long) step);
            case ParamSpec.FloatParam f -> Math.min(f.max(),
                    BigDecimal.valueOf(f.min()).add(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(k))).doubleValue());
            case ParamSpec.CategoricalParam c -> throw new IllegalArgumentException("param '" + c.name() + "' takes no step");
        };
    }

    /** Every value of the range, ascending. */
    public static List<Object> values(ParamSpec p, double step) {
        check(p, step);
        List<Object> out = new ArrayList<>();
        for (int k = 0, n = count(p, step); k < n; k++) {
            out.add(value(p, step, k));
        }
        return out;
    }

    private static double min(ParamSpec p) {
        return switch (p) {
            case ParamSpec.IntParam i -> i.min();
            case ParamSpec.FloatParam f -> f.min();
            case ParamSpec.CategoricalParam c -> 0;
        };
    }

    private static double max(ParamSpec p) {
        return switch (p) {
            case ParamSpec.IntParam i -> i.max();
            case ParamSpec.FloatParam f -> f.max();
            case ParamSpec.CategoricalParam c -> 0;
        };
    }

    private static String text(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
