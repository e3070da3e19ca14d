package dev.sextant.spark;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Engine results as {@link PlainValues} and back, by their record components: a record becomes a map of its
 * components (with {@code @type}, its class, so a sealed interface's implementation comes back), an enum its name, a
 * date its ISO text,
 * a list or map its elements, primitive arrays stay arrays. Reading calls each record's canonical constructor, so
 * its checks run again. A new component added to an engine record is carried without a change here.
 */
final class RecordValues {

    private static final String TYPE = "@type";

    private RecordValues() {
    }

    static Object encode(Object v) {
        return switch (v) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Integer i -> i;
            case Long l -> l;
            case Double d -> d;
            case Enum<?> e -> e.name();
            case LocalDate d -> d.toString();
            case long[] a -> a.clone();
            case double[] a -> a.clone();
            case int[] a -> a.clone();
            case List<?> list -> {
                ArrayList<Object> out = new ArrayList<>(list.size());
                list.forEach(e -> out.add(encode(e)));
                yield out;
            }
            case Map<?, ?> map -> {
                LinkedHashMap<String, Object> out = new LinkedHashMap<>();
                map.forEach((k, e) -> out.put(String.valueOf(k), encode(e)));
                yield out;
            }
            case Record r -> {
                LinkedHashMap<String, Object> out = new LinkedHashMap<>();
                out.put(TYPE, r.getClass().getName());
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    try {
                        out.put(c.getName(), encode(c.getAccessor().invoke(r)));
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("cannot read " + r.getClass().getName() + "." + c.getName(), e);
                    }
                }
                yield out;
            }
            default -> throw new IllegalArgumentException("cannot ship a " + v.getClass().getName()
                    + ": not a record, enum, list, map, primitive array or plain value");
        };
    }

    /** Reads {@code v} (written by {@link #encode}) as a value of {@code type}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object decode(Type type, Object v) {
        if (v == null) {
            return null;
        }
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            if (p.getRawType() == List.class) {
                List<Object> out = new ArrayList<>();
                ((List<?>) v).forEach(e -> out.add(decode(args[0], e)));
                return out;
            }
            if (p.getRawType() == Map.class) {
                Map<String, Object> out = new LinkedHashMap<>();
                ((Map<String, ?>) v).forEach((k, e) -> out.put(k, decode(args[1], e)));
                return out;
            }
            return decode(p.getRawType(), v);
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class || c == Integer.class) {
            return ((Number) v).intValue();
        }
        if (c == long.class || c == Long.class) {
            return ((Number) v).longValue();
        }
        if (c == double.class || c == Double.class) {
            return ((Number) v).doubleValue();
        }
        if (c == LocalDate.class) {
            return LocalDate.parse((String) v);
        }
        if (c.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) c, (String) v);
        }
        if (v instanceof Map<?, ?> m && m.get(TYPE) instanceof String name) {
            return record(name, (Map<String, ?>) m);
        }
        return v;
    }

    private static Object record(String name, Map<String, ?> m) {
        try {
            Class<?> c = Class.forName(name, true, Thread.currentThread().getContextClassLoader());
            RecordComponent[] components = c.getRecordComponents();
            if (components == null) {
                throw new IllegalArgumentException(name + " is not a record");
            }
            Class<?>[] types = new Class<?>[components.length];
            Object[] args = new Object[components.length];
            for (int k = 0; k < components.length; k++) {
                types[k] = components[k].getType();
                args[k] = decode(components[k].getGenericType(), m.get(components[k].getName()));
            }
            Constructor<?> canonical = c.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot rebuild a " + name + ": " + e, e);
        }
    }
}
