package dev.sextant.app.research.live;

import dev.sextant.app.api.MarketStreamFactory;
import dev.sextant.data.provider.stream.AlpacaStream;
import dev.sextant.data.provider.stream.MarketDataStreams;
import dev.sextant.engine.settings.SettingsStore;
import dev.sextant.engine.spi.MarketDataStream;
import java.util.List;

/**
 * A stream bundled with Sextant (data/'s {@link MarketDataStreams}), read from the settings only when a session opens
 * it: a bad key or URL setting then fails that session with the setting's name, never the start of a command.
 */
public record BundledStream(String id, String description, SettingsStore settings) implements MarketStreamFactory {

    /** The bundled streams, Alpaca first. */
    public static List<MarketStreamFactory> all(SettingsStore settings) {
        return List.of(new BundledStream(AlpacaStream.ID, "Alpaca market data (websocket stream, REST backfill)", settings));
    }

    @Override
    public MarketDataStream open() {
        return MarketDataStreams.fromSettings(settings).byId(id);
    }
}
