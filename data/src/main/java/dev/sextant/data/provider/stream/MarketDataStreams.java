package dev.sextant.data.provider.stream;

import dev.sextant.engine.settings.SettingsStore;
import dev.sextant.engine.spi.MarketDataStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The bundled market-data streams, configured from the settings (Alpaca's: see {@link AlpacaSettings}).
 * A stream starts at most once, so {@link #byId} and {@link #all} give new, unstarted streams on
 * every call; nothing connects before {@code start}.
 */
public final class MarketDataStreams {

    private final Map<String, Supplier<MarketDataStream>> streams;

    private MarketDataStreams(Map<String, Supplier<MarketDataStream>> streams) {
        this.streams = streams;
    }

    /** The bundled streams over the real network, with the timeouts of {@code http.connect-timeout-seconds} and {@code http.read-timeout-seconds}. */
    public static MarketDataStreams fromSettings(SettingsStore settings) {
        return fromSettings(settings, StreamRuntime.real(Duration.ofSeconds(seconds(settings, "http.connect-timeout-seconds", 10)),
                Duration.ofSeconds(seconds(settings, "http.read-timeout-seconds", 30))));
    }

    /** The bundled streams on the given runtime (tests pass a loopback one). */
    public static MarketDataStreams fromSettings(SettingsStore settings, StreamRuntime runtime) {
        AlpacaSettings alpaca = AlpacaSettings.from(settings);
        Map<String, Supplier<MarketDataStream>> streams = new LinkedHashMap<>();
        streams.put(AlpacaStream.ID, () -> new AlpacaStream(alpaca, runtime));
        return new MarketDataStreams(streams);
    }

    /** Ids in display order, Alpaca first. */
    public List<String> ids() {
        return List.copyOf(streams.keySet());
    }

    /** A new, unstarted stream of each id, in display order. */
    public List<MarketDataStream> all() {
        return streams.values().stream().map(Supplier::get).toList();
    }

    /**
     * A new, unstarted stream with this id.
     *
     * @throws IllegalArgumentException naming the id and the known ones when there is none
     */
    public MarketDataStream byId(String id) {
        Supplier<MarketDataStream> stream = streams.get(id);
        if (stream == null) {
            throw new IllegalArgumentException("unknown market-data stream '" + id + "' (known: " + ids() + ")");
        }
        return stream.get();
    }

    private static long seconds(SettingsStore settings, String name, long fallback) {
        Optional<String> value = settings.get(name);
        try {
            return value.map(v -> Long.parseLong(v.strip())).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + name + " = '" + value.orElseThrow() + "' is not a whole number");
        }
    }
}
