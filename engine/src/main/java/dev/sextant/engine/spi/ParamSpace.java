package dev.sextant.engine.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The declared parameters of a strategy, in display order. */
public record ParamSpace(List<ParamSpec> params) {

    public ParamSpace {
        params = List.copyOf(params);
        if (params.stream().map(ParamSpec::name).distinct().count() != params.size()) {
            throw new IllegalArgumentException("duplicate parameter names in " + params);
        }
    }

    public static ParamSpace of(ParamSpec... params) {
        return new ParamSpace(List.of(params));
    }

    public Params defaults() {
        return resolve(Map.of());
    }

    /**
     * Defaults overridden by {@code overrides}; every override is checked against its spec.
     *
     * @throws IllegalArgumentException for an unknown name (listing the known ones) or a value
     *         out of range, e.g. {@code param 'threshold' = 2.5 is above its maximum 1.0}
     */
    public Params resolve(Map<String, ?> overrides) {
        Map<String, ParamSpec> byName = new LinkedHashMap<>();
        params.forEach(p -> byName.put(p.name(), p));
        for (String name : new TreeMap<>(overrides).keySet()) {
            if (!byName.containsKey(name)) {
                throw new IllegalArgumentException("unknown param '" + name + "' (known: " + byName.keySet() + ")");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec p : params) {
            Object raw = overrides.get(p.name());
            values.put(p.name(), raw == null ? p.defaultObject() : p.coerce(raw));
        }
        return new Params(values);
    }
}
