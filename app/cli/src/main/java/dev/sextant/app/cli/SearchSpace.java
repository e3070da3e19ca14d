package dev.sextant.app.cli;

import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.StrategyProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads repeated {@code --search} options into the searched parameter space of a study:
 * {@code name=lo:hi} (an int or float range), {@code name=lo:hi:step} (only lo, lo+step, … up to hi),
 * {@code name=lo:hi:log} (a log-scaled float range) or {@code name=a,b,c} (choices of a categorical
 * parameter). Without any {@code --search}, every
 * parameter of the strategy that is not fixed with {@code --param} is searched over its whole
 * declared range (log-scaled where the strategy says so).
 */
final class SearchSpace {

    private SearchSpace() {
    }

    static ParamSpace parse(List<String> texts, StrategyProvider provider, Set<String> fixed) {
        Map<String, ParamSpec> declared = new LinkedHashMap<>();
        provider.paramSpace().params().forEach(p -> declared.put(p.name(), p));
        if (texts == null || texts.isEmpty()) {
            List<ParamSpec> free = declared.values().stream().filter(p -> !fixed.contains(p.name())).toList();
            if (free.isEmpty()) {
                throw new UserError("every parameter of " + provider.id() + " is fixed with --param: nothing to search");
            }
            return new ParamSpace(free);
        }
        List<ParamSpec> searched = new ArrayList<>();
        for (String text : texts) {
            int eq = text.indexOf('=');
            if (eq <= 0) {
                throw new UserError("--search '" + text + "': expected name=lo:hi, name=lo:hi:step, name=lo:hi:log or name=a,b,c");
            }
            String name = text.substring(0, eq).trim();
            ParamSpec spec = declared.get(name);
            if (spec == null) {
                throw new UserError("strategy " + provider.id() + " has no param '" + name + "' (known: "
                        + String.join(", ", declared.keySet()) + ")");
            }
            if (searched.stream().anyMatch(p -> p.name().equals(name))) {
                throw new UserError("--search names '" + name + "' twice");
            }
            searched.add(range(spec, text.substring(eq + 1).trim(), text));
        }
        return new ParamSpace(searched);
    }

    private static ParamSpec range(ParamSpec spec, String value, String text) {
        if (spec instanceof ParamSpec.CategoricalParam c) {
            List<String> choices = Arrays.stream(value.split(",")).map(v -> (String) c.coerce(v)).distinct().toList();
            String dflt = choices.contains(c.defaultValue()) ? c.defaultValue() : choices.get(0);
            return ParamSpec.ofChoice(c.name(), choices, dflt, c.description());
        }
        String[] parts = value.split(":");
        if (parts.length < 2 || parts.length > 3) {
            throw new UserError("--search '" + text + "': a numeric parameter takes lo:hi, lo:hi:step or lo:hi:log");
        }
        boolean log = parts.length == 3 && parts[2].trim().equals("log");
        return switch (spec) {
            case ParamSpec.IntParam i -> {
                if (log) {
                    throw new UserError("--search '" + text + "': ':log' is for float parameters; '" + i.name() + "' is an integer");
                }
                int lo = (Integer) i.coerce(parts[0]);
                int hi = (Integer) i.coerce(parts[1]);
                checkOrder(lo, hi, text);
                yield ParamSpec.ofInt(i.name(), lo, hi, Math.clamp(i.defaultValue(), lo, hi), i.description());
            }
            case ParamSpec.FloatParam f -> {
                double lo = (Double) f.coerce(parts[0]);
                double hi = (Double) f.coerce(parts[1]);
                checkOrder(lo, hi, text);
                if (log && lo <= 0) {
                    throw new UserError("--search '" + text + "': a log-scaled range needs lo > 0");
                }
                yield new ParamSpec.FloatParam(f.name(), lo, hi, Math.clamp(f.defaultValue(), lo, hi), log, f.description());
            }
            case ParamSpec.CategoricalParam c -> throw new IllegalStateException("handled above: " + c);
        };
    }

    /** The steps given as {@code name=lo:hi:step}, by parameter name; the space's checks come first. */
    static Map<String, Double> steps(List<String> texts) {
        Map<String, Double> steps = new LinkedHashMap<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            int eq = text.indexOf('=');
            String[] parts = text.substring(eq + 1).split(":");
            if (parts.length == 3 && !parts[2].trim().equals("log")) {
                try {
                    steps.put(text.substring(0, eq).trim(), Double.parseDouble(parts[2].trim()));
                } catch (NumberFormatException e) {
                    throw new UserError("--search '" + text + "': step '" + parts[2].trim() + "' is not a number (or say log)");
                }
            }
        }
        return steps;
    }

    private static void checkOrder(double lo, double hi, String text) {
        if (lo > hi) {
            throw new UserError("--search '" + text + "': lo is above hi");
        }
    }
}
