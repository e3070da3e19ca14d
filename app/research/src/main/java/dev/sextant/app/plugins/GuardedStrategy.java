package dev.sextant.app.plugins;

import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.spi.TimeframeSupport;

/**
 * A plugin's strategy as the engine sees it: its description is read once when it is registered,
 * and an exception from {@link #computeSignals} becomes a {@link PluginFailureException} naming the
 * plugin, the strategy and the symbol (and disables the plugin, see {@link PluginFailures}).
 */
class GuardedStrategy implements StrategyProvider {

    final String pluginId;
    final StrategyProvider delegate;
    final PluginFailures failures;
    private final String id;
    private final String version;
    private final String description;
    private final ParamSpace paramSpace;
    private final TimeframeSupport timeframes;

    GuardedStrategy(String pluginId, StrategyProvider delegate, PluginFailures failures) {
        this.pluginId = pluginId;
        this.delegate = delegate;
        this.failures = failures;
        this.id = delegate.id();
        this.version = delegate.version();
        this.description = delegate.description();
        this.paramSpace = delegate.paramSpace();
        this.timeframes = delegate.timeframes();
        if (id == null || id.isBlank() || version == null || version.isBlank() || paramSpace == null
                || timeframes == null) {
            throw new IllegalArgumentException("strategy " + delegate.getClass().getName()
                    + " needs a non-empty id and version, a parameter space and its timeframes");
        }
    }

    static GuardedStrategy of(String pluginId, StrategyProvider delegate, PluginFailures failures) {
        return delegate instanceof dev.sextant.engine.spi.CrossSectionalProvider cross
                ? new GuardedCrossSectionalStrategy(pluginId, cross, failures)
                : new GuardedStrategy(pluginId, delegate, failures);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ParamSpace paramSpace() {
        return paramSpace;
    }

    @Override
    public TimeframeSupport timeframes() {
        return timeframes;
    }

    @Override
    public SignalColumns computeSignals(PriceColumns bars, Params params) {
        SignalColumns columns;
        try {
            columns = delegate.computeSignals(bars, params);
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw failures.failed(pluginId, "strategy '" + id + "' on " + bars.symbol(), e);
        }
        if (columns == null || columns.size() != bars.size()) {
            throw failures.failed(pluginId, "strategy '" + id + "' on " + bars.symbol(), new IllegalStateException(
                    (columns == null ? "no" : columns.size()) + " signal rows for " + bars.size() + " bars"));
        }
        return columns;
    }
}
