package dev.sextant.engine.strategy;

import dev.sextant.engine.spi.StrategyProvider;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The available strategies by id, sorted by id. */
public final class StrategyCatalog {

    private final Map<String, StrategyProvider> byId = new TreeMap<>();

    public StrategyCatalog(Collection<? extends StrategyProvider> providers) {
        for (StrategyProvider p : providers) {
            StrategyProvider previous = byId.putIfAbsent(p.id(), p);
            if (previous != null) {
                throw new IllegalArgumentException("strategy id '" + p.id() + "' provided twice: "
                        + previous.getClass().getName() + " and " + p.getClass().getName());
            }
        }
    }

    /** Every provider that {@link ServiceLoader} finds on the class path of this class's loader. */
    public static StrategyCatalog load() {
        return load(StrategyCatalog.class.getClassLoader());
    }

    public static StrategyCatalog load(ClassLoader loader) {
        return new StrategyCatalog(ServiceLoader.load(StrategyProvider.class, loader).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    public List<StrategyProvider> list() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** @throws IllegalArgumentException naming the unknown id and listing the known ones */
    public StrategyProvider get(String id) {
        StrategyProvider p = byId.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown strategy '" + id + "' (known: " + String.join(", ", byId.keySet()) + ")");
        }
        return p;
    }
}
