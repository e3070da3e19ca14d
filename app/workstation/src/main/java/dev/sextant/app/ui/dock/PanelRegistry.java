package dev.sextant.app.ui.dock;

import dev.sextant.app.api.PanelProvider;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The panels the workstation can open, by stable id, in the order they were registered. */
public final class PanelRegistry {

    private final Map<String, PanelProvider> providers = new LinkedHashMap<>();

    public PanelRegistry register(PanelProvider provider) {
        if (!provider.id().matches("[a-z][a-z0-9.-]*")) {
            throw new IllegalArgumentException("panel id '" + provider.id() + "' must be lower case letters, digits, '.' or '-'");
        }
        if (providers.putIfAbsent(provider.id(), provider) != null) {
            throw new IllegalArgumentException("two panels with the id '" + provider.id() + "'");
        }
        return this;
    }

    public Optional<PanelProvider> find(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    public Collection<PanelProvider> all() {
        return providers.values();
    }

    public Set<String> ids() {
        return Set.copyOf(providers.keySet());
    }
}
