package dev.sextant.app.research.live;

import dev.sextant.app.api.MarketStreamFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The live bar streams a user can connect to, by id: the bundled ones (from data/) first, then those the active
 * plugins registered ({@code PluginRegistrar.marketStream}).
 */
public final class MarketStreams {

    private final List<MarketStreamFactory> all;

    public MarketStreams(List<MarketStreamFactory> bundled, List<MarketStreamFactory> plugins) {
        List<MarketStreamFactory> list = new ArrayList<>(bundled);
        list.addAll(plugins);
        this.all = List.copyOf(list);
    }

    public List<MarketStreamFactory> all() {
        return all;
    }

    public Optional<MarketStreamFactory> byId(String id) {
        return all.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** @throws IllegalArgumentException naming the unknown id and the known ones */
    public MarketStreamFactory require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown stream provider '" + id + "'; known: "
                + (all.isEmpty() ? "none (install a stream plugin, or replay stored bars with ./sextant replay)"
                : all.stream().map(MarketStreamFactory::id).collect(Collectors.joining(", ")))));
    }
}
