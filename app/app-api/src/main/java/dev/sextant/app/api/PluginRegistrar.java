package dev.sextant.app.api;

import dev.sextant.engine.spi.IndicatorProvider;
import dev.sextant.engine.spi.MarketDataProvider;
import dev.sextant.engine.spi.SignalSink;
import dev.sextant.engine.spi.StrategyProvider;

/**
 * What a plugin can contribute during {@link SextantPlugin#register}. Ids must be unique across all
 * plugins; a clash rejects the whole plugin. Implemented by the workstation (and the plugin test
 * kit), never by plugins, so methods added in a minor API version do not break compiled plugins.
 */
public interface PluginRegistrar {

    /** A strategy for scan, backtest, optimize and walk-forward (a {@link dev.sextant.engine.spi.CrossSectionalProvider} too). */
    void strategy(StrategyProvider strategy);

    /** An indicator kind, requested by its name in indicator specs. */
    void indicator(IndicatorProvider indicator);

    /** A market-data source for {@code data update --provider ID}. */
    void marketData(MarketDataProvider provider);

    /** A live bar stream for {@code live --provider ID} and the workstation (since API 1.2). */
    void marketStream(MarketStreamFactory stream);

    /** Receives the signals of every scan after they are saved. */
    void signalSink(SignalSink sink);

    /** A top-level command: {@code ./sextant NAME ...}. */
    void command(CommandProvider command);

    /** A dockable panel of the workstation, opened from the View menu and quick-open (since API 1.1). */
    void panel(PanelProvider panel);
}
