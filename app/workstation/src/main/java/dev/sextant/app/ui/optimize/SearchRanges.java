package dev.sextant.app.ui.optimize;

import dev.sextant.app.ui.form.ValidatedField;
import dev.sextant.app.ui.form.WholeNumbers;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The optimizer form's search ranges: one row per parameter of the strategy, searched or kept at its
 * default; a searched number has a low, a high and an optional step, checked as you type (numbers of
 * the parameter's type, inside its declared bounds, low below high, step above 0 and not wider than
 * the range, whole for integers). A choice parameter is searched over all its choices.
 */
public final class SearchRanges {

    /** One parameter: {@code low}, {@code high} and {@code step} are null for a choice parameter. */
    public static final class Row {
        private final ParamSpec spec;
        private final BooleanProperty searched = new SimpleBooleanProperty(true);
        private final ValidatedField low;
        private final ValidatedField high;
        private final ValidatedField step;

        Row(ParamSpec spec) {
            this.spec = spec;
            if (spec instanceof ParamSpec.CategoricalParam) {
                low = null;
                high = null;
                step = null;
                return;
            }
            low = new ValidatedField(spec.name() + " low", text(min(spec)), this::checkBound);
            high = new ValidatedField(spec.name() + " high", text(max(spec)), t -> {
                String problem = checkBound(t);
                if (!problem.isEmpty() || !low.valid()) {
                    return problem;
                }
                return number(t) > number(low.value()) ? "" : "must be above low (" + low.value() + ")";
            });
            step = new ValidatedField(spec.name() + " step", "", this::checkStep);
            low.text().addListener((obs, old, now) -> {
                high.revalidate();
                step.revalidate();
            });
            high.text().addListener((obs, old, now) -> step.revalidate());
        }

        public ParamSpec spec() {
            return spec;
        }

        public BooleanProperty searched() {
            return searched;
        }

        public ValidatedField low() {
            return low;
        }

        public ValidatedField high() {
            return high;
        }

        /** Empty: every value (floats continuous, integers one by one). */
        public ValidatedField step() {
            return step;
        }

        boolean numeric() {
            return low != null;
        }

        boolean valid() {
            return !searched.get() || !numeric() || (low.valid() && high.valid() && step.valid());
        }

        private double number(String t) {
            if (spec instanceof ParamSpec.IntParam) {
                return WholeNumbers.parseInt(t);
            }
            try {
                double v = Double.parseDouble(t.strip());
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("not a number");
                }
                return v;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number", e);
            }
        }

        private String checkBound(String t) {
            try {
                double v = number(t);
                if (v < min(spec)) {
                    return "below " + spec.name() + "'s minimum " + text(min(spec));
                }
                if (v > max(spec)) {
                    return "above " + spec.name() + "'s maximum " + text(max(spec));
                }
                return "";
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }

        private String checkStep(String t) {
            if (t.isEmpty()) {
                return "";
            }
            try {
                double v = number(t);
                if (v <= 0) {
                    return "must be above 0";
                }
                if (low.valid() && high.valid() && v > number(high.value()) - number(low.value())) {
                    return "wider than " + low.value() + " .. " + high.value();
                }
                return "";
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    /** One searched row per parameter of {@code declared}, over its whole range, without steps. */
    public void reset(ParamSpace declared) {
        rows.setAll(declared.params().stream().map(Row::new).toList());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The problem that stops a study, or an empty string. */
    public String problem() {
        if (rows.stream().noneMatch(r -> r.searched().get())) {
            return "search at least one parameter";
        }
        return rows.stream().allMatch(Row::valid) ? "" : "fix the search ranges marked in red";
    }

    /** The searched parameters with their ranges; the form must be valid. A float with a step is searched linearly. */
    public ParamSpace space() {
        List<ParamSpec> out = rows.stream().filter(r -> r.searched().get()).map(r -> switch (r.spec()) {
            case ParamSpec.IntParam i -> {
                int lo = WholeNumbers.parseInt(r.low().value());
                int hi = WholeNumbers.parseInt(r.high().value());
                yield (ParamSpec) ParamSpec.ofInt(i.name(), lo, hi, Math.clamp(i.defaultValue(), lo, hi), i.description());
            }
            case ParamSpec.FloatParam f -> {
                double lo = Double.parseDouble(r.low().value());
                double hi = Double.parseDouble(r.high().value());
                yield new ParamSpec.FloatParam(f.name(), lo, hi, Math.clamp(f.defaultValue(), lo, hi),
                        f.logScale() && r.step().value().isEmpty(), f.description());
            }
            case ParamSpec.CategoricalParam c -> c;
        }).toList();
        return new ParamSpace(out);
    }

    /** The steps given, by parameter name. */
    public Map<String, Double> steps() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.searched().get() && r.numeric() && !r.step().value().isEmpty()) {
                out.put(r.spec().name(), Double.parseDouble(r.step().value()));
            }
        }
        return out;
    }

    /** Shows a stored study's ranges: its searched parameters with their bounds and steps, the others not searched. */
    public void fill(ParamSpace searched, Map<String, Double> steps) {
        Map<String, ParamSpec> byName = new LinkedHashMap<>();
        searched.params().forEach(p -> byName.put(p.name(), p));
        for (Row r : rows) {
            ParamSpec p = byName.get(r.spec().name());
            r.searched().set(p != null);
            if (p != null && r.numeric()) {
                r.low().text().set(text(min(p)));
                r.high().text().set(text(max(p)));
                Double s = steps.get(p.name());
                r.step().text().set(s == null ? "" : text(s));
            }
        }
    }

    private static double min(ParamSpec p) {
        return switch (p) {
            case ParamSpec.IntParam i -> i.min();
            case ParamSpec.FloatParam f -> f.min();
            case ParamSpec.CategoricalParam c -> Double.NaN;
        };
    }

    private static double max(ParamSpec p) {
        return switch (p) {
            case ParamSpec.IntParam i -> i.max();
            case ParamSpec.FloatParam f -> f.max();
            case ParamSpec.CategoricalParam c -> Double.NaN;
        };
    }

    /** 10 for whole numbers, else the shortest decimal (0.05). */
    static String text(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
