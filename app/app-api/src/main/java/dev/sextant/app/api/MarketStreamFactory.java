package dev.sextant.app.api;

import dev.sextant.engine.spi.MarketDataStream;

/**
 * Makes a live bar stream for {@code ./sextant live --provider ID} and the workstation: a new, unstarted
 * {@link MarketDataStream} per session (a stream is started at most once). Registered with
 * {@link PluginRegistrar#marketStream} (since API 1.2).
 */
public interface MarketStreamFactory {

    /** Stable id used on the command line, e.g. {@code alpaca}. */
    String id();

    /** A short human description. */
    String description();

    /** A new stream, reading its settings (keys, URLs) now. */
    MarketDataStream open();
}
