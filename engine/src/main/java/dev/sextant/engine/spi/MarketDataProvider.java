package dev.sextant.engine.spi;

/**
 * Plugin SPI: a source of bars and corporate actions, usually over the network. Implementations
 * must be thread-safe and must never put an API key into an exception message or a log line.
 */
public interface MarketDataProvider {

    /** Stable id used on the command line and in settings, e.g. {@code yahoo}. */
    String id();

    /** A short human description, e.g. {@code Yahoo Finance chart API}. */
    String description();

    ProviderCapabilities capabilities();

    /**
     * Fetches the requested bars and the corporate actions in their range.
     *
     * @throws MarketDataException when the provider cannot deliver; nothing partial is returned
     */
    MarketDataResponse fetch(MarketDataRequest request);
}
