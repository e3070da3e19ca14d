package dev.sextant.app.plugins;

import dev.sextant.engine.spi.MarketDataException;
import dev.sextant.engine.spi.MarketDataProvider;
import dev.sextant.engine.spi.MarketDataRequest;
import dev.sextant.engine.spi.MarketDataResponse;
import dev.sextant.engine.spi.ProviderCapabilities;

/**
 * A plugin's market-data provider: a {@link MarketDataException} is the SPI's way to say a symbol
 * failed and passes through; any other exception disables the plugin (see {@link PluginFailures}).
 */
final class GuardedMarketDataProvider implements MarketDataProvider {

    private final String pluginId;
    private final MarketDataProvider delegate;
    private final PluginFailures failures;
    private final String id;
    private final String description;
    private final ProviderCapabilities capabilities;

    GuardedMarketDataProvider(String pluginId, MarketDataProvider delegate, PluginFailures failures) {
        this.pluginId = pluginId;
        this.delegate = delegate;
        this.failures = failures;
        this.id = delegate.id();
        this.description = delegate.description();
        this.capabilities = delegate.capabilities();
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
    public ProviderCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public MarketDataResponse fetch(MarketDataRequest request) {
        try {
            return delegate.fetch(request);
        } catch (MarketDataException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw failures.failed(pluginId, "market-data provider '" + id + "'", e);
        }
    }
}
