package dev.sextant.app.plugins;

import dev.sextant.app.api.MarketStreamFactory;
import dev.sextant.engine.spi.MarketDataStream;

/**
 * A plugin's live bar stream factory: an exception while opening a stream disables the plugin (see
 * {@link PluginFailures}) and reaches the caller as one line naming the plugin. The stream's own threads report
 * their trouble through its listener ({@code FAILED} with a detail).
 */
final class GuardedMarketStreamFactory implements MarketStreamFactory {

    private final String pluginId;
    private final MarketStreamFactory delegate;
    private final PluginFailures failures;
    private final String id;
    private final String description;

    GuardedMarketStreamFactory(String pluginId, MarketStreamFactory delegate, PluginFailures failures) {
        this.pluginId = pluginId;
        this.delegate = delegate;
        this.failures = failures;
        this.id = delegate.id();
        this.description = delegate.description();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public MarketDataStream open() {
        try {
            return delegate.open();
        } catch (RuntimeException | LinkageError e) {
            throw failures.failed(pluginId, "market stream '" + id + "'", e);
        }
    }
}
