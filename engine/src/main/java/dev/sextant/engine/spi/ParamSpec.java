package dev.sextant.engine.spi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One typed, bounded strategy parameter. {@link #coerce(Object)} turns a raw value (a number, or
 * a string as typed on a command line) into the canonical type ({@link Integer}, {@link Double}
 * or {@link String}) and rejects values outside the declared range with a message naming the
 * parameter, the value and the violated bound.
 */
public sealed interface ParamSpec permits ParamSpec.IntParam, ParamSpec.FloatParam, ParamSpec.CategoricalParam {

    String name();

    String description();

    Object defaultObject();

    Object coerce(Object raw);

    static IntParam ofInt(String name, int min, int max, int defaultValue, String description) {
        return new IntParam(name, min, max, defaultValue, description);
    }

    static FloatParam ofFloat(String name, double min, double max, double defaultValue, String description) {
        return new FloatParam(name, min, max, defaultValue, false, description);
    }

    static FloatParam ofLogFloat(String name, double min, double max, double defaultValue, String description) {
        return new FloatParam(name, min, max, defaultValue, true, description);
    }

    static CategoricalParam ofChoice(String name, List<String> choices, String defaultValue, String description) {
        return new CategoricalParam(name, choices, defaultValue, description);
    }

    /** Integer in {@code [min, max]}. */
    record IntParam(String name, int min, int max, int defaultValue, String description) implements ParamSpec {
        public IntParam {
            Objects.requireNonNull(name);
            if (min > max || defaultValue < min || defaultValue > max) {
                throw new IllegalArgumentException("param '" + name + "': default " + defaultValue
                        + " outside [" + min + ", " + max + "]");
            }
        }

        @Override
        public Object defaultObject() {
            return defaultValue;
        }

        @Override
        public Object coerce(Object raw) {
            long v;
            if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
                v = ((Number) raw).longValue();
            } else if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                v = (long) n.doubleValue();
            } else if (raw instanceof String s) {
                try {
                    v = Long.parseLong(s.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("param '" + name + "' = " + s + " is not an integer", e);
                }
            } else {
                throw new IllegalArgumentException("param '" + name + "' = " + raw + " is not an integer");
            }
            if (v < min) {
                throw new IllegalArgumentException("param '" + name + "' = " + v + " is below its minimum " + min);
            }
            if (v > max) {
                throw new IllegalArgumentException("param '" + name + "' = " + v + " is above its maximum " + max);
            }
            return (int) v;
        }
    }

    /**
     * Real number in {@code [min, max]}. {@code logScale} tells optimizers to sample it
     * log-uniformly (then {@code min} must be positive).
     */
    record FloatParam(String name, double min, double max, double defaultValue, boolean logScale, String description)
            implements ParamSpec {
        public FloatParam {
            Objects.requireNonNull(name);
            if (!(min <= max) || defaultValue < min || defaultValue > max || (logScale && min <= 0)) {
                throw new IllegalArgumentException("param '" + name + "': bad range [" + min + ", " + max
                        + "] default " + defaultValue + (logScale ? " (log scale needs min > 0)" : ""));
            }
        }

        @Override
        public Object defaultObject() {
            return defaultValue;
        }

        @Override
        public Object coerce(Object raw) {
            double v;
            if (raw instanceof Number n) {
                v = n.doubleValue();
            } else if (raw instanceof String s) {
                try {
                    v = Double.parseDouble(s.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("param '" + name + "' = " + s + " is not a number", e);
                }
            } else {
                throw new IllegalArgumentException("param '" + name + "' = " + raw + " is not a number");
            }
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("param '" + name + "' is NaN");
            }
            if (v < min) {
                throw new IllegalArgumentException("param '" + name + "' = " + v + " is below its minimum " + min);
            }
            if (v > max) {
                throw new IllegalArgumentException("param '" + name + "' = " + v + " is above its maximum " + max);
            }
            return v;
        }
    }

    /** One of a fixed list of strings (compared case-insensitively, stored as declared). */
    record CategoricalParam(String name, List<String> choices, String defaultValue, String description)
            implements ParamSpec {
        public CategoricalParam {
            Objects.requireNonNull(name);
            choices = List.copyOf(choices);
            if (!choices.contains(defaultValue)) {
                throw new IllegalArgumentException("param '" + name + "': default " + defaultValue + " not in " + choices);
            }
        }

        @Override
        public Object defaultObject() {
            return defaultValue;
        }

        @Override
        public Object coerce(Object raw) {
            String s = String.valueOf(raw).trim();
            for (String c : choices) {
                if (c.toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT))) {
                    return c;
                }
            }
            throw new IllegalArgumentException("param '" + name + "' = " + s + " is not one of " + choices);
        }
    }
}
