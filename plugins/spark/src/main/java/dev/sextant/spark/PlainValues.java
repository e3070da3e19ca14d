package dev.sextant.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one form in which requests and results cross between the driver and the executors: trees of JDK values
 * (String, Boolean, Integer, Long, Double, null, primitive arrays, {@link LinkedHashMap}, {@link ArrayList}), as
 * written by the engine's
 * map forms ({@code StudyRequestMap}, {@code TrialMap}, {@code BacktestRequestMap}), and shipped with plain Java
 * serialization, which keeps every value's type (an Integer parameter stays an Integer). Anything else is refused
 * by name, so no closure or UI object can ride along.
 */
final class PlainValues {

    private PlainValues() {
    }

    /** A serialisable deep copy of {@code map}. */
    static LinkedHashMap<String, Object> copy(Map<String, ?> map) {
        return copyMap(map, "");
    }

    private static LinkedHashMap<String, Object> copyMap(Map<?, ?> map, String path) {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), copyValue(v, path + "/" + k)));
        return out;
    }

    private static Object copyValue(Object v, String path) {
        return switch (v) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Integer i -> i;
            case Long l -> l;
            case Double d -> d;
            case long[] a -> a.clone();
            case double[] a -> a.clone();
            case int[] a -> a.clone();
            case Map<?, ?> m -> copyMap(m, path);
            case List<?> list -> {
                List<Object> out = new ArrayList<>(list.size());
                for (int k = 0; k < list.size(); k++) {
                    out.add(copyValue(list.get(k), path + "/" + k));
                }
                yield out;
            }
            default -> throw new IllegalArgumentException("value at " + path + " is a " + v.getClass().getName()
                    + ", not a plain value (String, Boolean, Integer, Long, Double, primitive array, Map, List)");
        };
    }
}
