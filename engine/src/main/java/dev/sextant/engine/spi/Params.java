package dev.sextant.engine.spi;

import java.util.Collections;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Resolved, validated parameter values of one strategy, sorted by name. Values are
 * {@link Integer}, {@link Double} or {@link String}. Obtain instances from
 * {@link ParamSpace#resolve(Map)} so that every parameter is present and in range.
 */
public final class Params {

    private final Map<String, Object> values;

    Params(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public int getInt(String name) {
        return ((Number) require(name)).intValue();
    }

    public double getDouble(String name) {
        return ((Number) require(name)).doubleValue();
    }

    public String getString(String name) {
        return (String) require(name);
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no param '" + name + "' (have " + values.keySet() + ")");
        }
        return v;
    }

    /** Stable text form {@code a=1;b=0.05;c=x}, sorted by name; part of cache keys and hashes. */
    public String canonical() {
        StringJoiner j = new StringJoiner(";");
        values.forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params p && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
