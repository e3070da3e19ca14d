package dev.sextant.engine.optimize;

import dev.sextant.engine.backtest.BacktestRequestMap;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link StudyRequest} as a JSON-ready map with snake_case keys and back, so a stored study can be
 * resumed from what was saved. {@code threads} is not part of it: it never changes the trials.
 */
public final class StudyRequestMap {

    private StudyRequestMap() {
    }

    public static Map<String, Object> of(StudyRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("base", BacktestRequestMap.of(r.base()));
        m.put("space", space(r.space()));
        m.put("objective", r.objective().metric());
        m.put("direction", r.objective().direction().label());
        m.put("min_trades", minTrades(r.constraints()));
        m.put("sampler", r.sampler().label());
        m.put("trials", r.trials());
        m.put("seed", r.seed());
        Map<String, Object> pruning = new LinkedHashMap<>();
        pruning.put("enabled", r.pruning().enabled());
        pruning.put("percentile", r.pruning().percentile());
        pruning.put("min_reference", r.pruning().minReference());
        m.put("pruning", pruning);
        m.put("grid_levels", r.gridLevels());
        m.put("steps", r.steps());
        return m;
    }

    /** Reads a map written by {@link #of}; numbers may come back as any {@link Number}. */
    @SuppressWarnings("unchecked")
    public static StudyRequest parse(Map<String, ?> m, int threads) {
        Map<String, ?> pruning = (Map<String, ?>) m.get("pruning");
        Object minTrades = m.get("min_trades");
        List<TrialConstraint> constraints = minTrades == null ? List.of()
                : List.of(new TrialConstraint.MinTrades(((Number) minTrades).intValue()));
        return new StudyRequest((String) m.get("name"),
                BacktestRequestMap.parse((Map<String, ?>) m.get("base")),
                parseSpace((List<Map<String, ?>>) m.get("space")),
                new Objective((String) m.get("objective"), Direction.parse((String) m.get("direction"))),
                constraints,
                SamplerKind.parse((String) m.get("sampler")),
                ((Number) m.get("trials")).intValue(),
                ((Number) m.get("seed")).longValue(),
                new PruningRule((Boolean) pruning.get("enabled"), ((Number) pruning.get("percentile")).doubleValue(),
                        ((Number) pruning.get("min_reference")).intValue()),
                ((Number) m.get("grid_levels")).intValue(),
                steps(m.get("steps")),
                threads);
    }

    /** Steps as stored; absent in studies stored before steps existed. */
    private static Map<String, Double> steps(Object stored) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (stored instanceof Map<?, ?> m) {
            m.forEach((name, step) -> out.put(String.valueOf(name), ((Number) step).doubleValue()));
        }
        return out;
    }

    /** Each searched parameter as {@code {name, type, min, max, log, default}} or {@code {name, type, choices, default}}. */
    public static List<Map<String, Object>> space(ParamSpace space) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ParamSpec p : space.params()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            switch (p) {
                case ParamSpec.IntParam i -> {
                    m.put("type", "int");
                    m.put("min", i.min());
                    m.put("max", i.max());
                }
                case ParamSpec.FloatParam f -> {
                    m.put("type", "float");
                    m.put("min", f.min());
                    m.put("max", f.max());
                    m.put("log", f.logScale());
                }
                case ParamSpec.CategoricalParam c -> {
                    m.put("type", "choice");
                    m.put("choices", c.choices());
                }
            }
            m.put("default", p.defaultObject());
            m.put("description", p.description());
            out.add(m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static ParamSpace parseSpace(List<Map<String, ?>> items) {
        List<ParamSpec> params = new ArrayList<>();
        for (Map<String, ?> m : items) {
            String name = (String) m.get("name");
            String description = (String) m.get("description");
            params.add(switch ((String) m.get("type")) {
                case "int" -> ParamSpec.ofInt(name, ((Number) m.get("min")).intValue(), ((Number) m.get("max")).intValue(),
                        ((Number) m.get("default")).intValue(), description);
                case "float" -> new ParamSpec.FloatParam(name, ((Number) m.get("min")).doubleValue(),
                        ((Number) m.get("max")).doubleValue(), ((Number) m.get("default")).doubleValue(),
                        (Boolean) m.get("log"), description);
                case "choice" -> ParamSpec.ofChoice(name, (List<String>) m.get("choices"), (String) m.get("default"),
                        description);
                default -> throw new IllegalArgumentException("stored parameter '" + name + "' has unknown type " + m.get("type"));
            });
        }
        return new ParamSpace(params);
    }

    private static Integer minTrades(List<TrialConstraint> constraints) {
        Integer min = null;
        for (TrialConstraint c : constraints) {
            if (c instanceof TrialConstraint.MinTrades(int n)) {
                min = n;
            }
        }
        return min;
    }
}
