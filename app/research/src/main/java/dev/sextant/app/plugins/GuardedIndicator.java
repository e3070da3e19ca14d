package dev.sextant.app.plugins;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.IndicatorProvider;
import java.util.List;

/**
 * A plugin's indicator: an {@link IllegalArgumentException} (bad arguments, as the SPI allows)
 * passes through; any other exception disables the plugin (see {@link PluginFailures}).
 */
final class GuardedIndicator implements IndicatorProvider {

    private final String pluginId;
    private final IndicatorProvider delegate;
    private final PluginFailures failures;
    private final String name;
    private final String description;
    private final List<String> defaultArgs;

    GuardedIndicator(String pluginId, IndicatorProvider delegate, PluginFailures failures) {
        this.pluginId = pluginId;
        this.delegate = delegate;
        this.failures = failures;
        this.name = delegate.name();
        this.description = delegate.description();
        this.defaultArgs = List.copyOf(delegate.defaultArgs());
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("indicator name '" + name + "' must be lower-case letters, digits or '_'");
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<String> defaultArgs() {
        return defaultArgs;
    }

    @Override
    public List<String> outputNames(List<String> args) {
        try {
            return List.copyOf(delegate.outputNames(args));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw failures.failed(pluginId, "indicator '" + name + "'", e);
        }
    }

    @Override
    public List<double[]> compute(PriceColumns bars, List<String> args) {
        try {
            return List.copyOf(delegate.compute(bars, args));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw failures.failed(pluginId, "indicator '" + name + "' on " + bars.symbol(), e);
        }
    }
}
