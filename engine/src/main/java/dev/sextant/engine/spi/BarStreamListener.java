package dev.sextant.engine.spi;

/**
 * Receives what a {@link MarketDataStream} delivers, on the stream's own thread, in arrival order.
 * Arrival order is not time order: bars can come late, twice or corrected, and the listener (not
 * the stream) makes the stored series exact.
 */
public interface BarStreamListener {

    void bar(StreamedBar bar);

    /** The stream's state changed; {@code detail} is a short human line (never an API key). */
    void status(StreamStatus status, String detail);
}
