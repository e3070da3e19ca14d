package dev.sextant.engine.spi;

import java.util.Collection;

/**
 * Plugin SPI: a live source of one-minute bars, e.g. a provider's websocket. A stream reconnects by
 * itself after a dropped connection and backfills the minutes it missed (from the provider's REST
 * history) through the same listener. Implementations must never put an API key into an exception
 * message, a status detail or a log line.
 */
public interface MarketDataStream extends AutoCloseable {

    /** Stable id used on the command line and in settings, e.g. {@code alpaca}. */
    String id();

    /** A short human description, e.g. {@code Alpaca market data (IEX feed)}. */
    String description();

    /**
     * Starts delivering the bars of {@code symbols} to {@code listener} from the stream's own
     * threads and returns at once. Called at most once per instance.
     */
    void start(Collection<String> symbols, BarStreamListener listener);

    /** Stops delivering and releases the connection; the listener gets {@link StreamStatus#STOPPED}. */
    @Override
    void close();
}
