package dev.sextant.plugin.testkit;

import dev.sextant.app.api.CommandProvider;
import dev.sextant.app.api.MarketStreamFactory;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.api.PluginRegistrar;
import dev.sextant.engine.spi.IndicatorProvider;
import dev.sextant.engine.spi.MarketDataProvider;
import dev.sextant.engine.spi.SignalSink;
import dev.sextant.engine.spi.StrategyProvider;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a plugin registers, for tests to inspect. */
public final class RecordingRegistrar implements PluginRegistrar {

    public final List<StrategyProvider> strategies = new ArrayList<>();
    public final List<IndicatorProvider> indicators = new ArrayList<>();
    public final List<MarketDataProvider> marketData = new ArrayList<>();
    public final List<MarketStreamFactory> marketStreams = new ArrayList<>();
    public final List<SignalSink> signalSinks = new ArrayList<>();
    public final List<CommandProvider> commands = new ArrayList<>();
    public final List<PanelProvider> panels = new ArrayList<>();

    @Override
    public void strategy(StrategyProvider strategy) {
        strategies.add(strategy);
    }

    @Override
    public void indicator(IndicatorProvider indicator) {
        indicators.add(indicator);
    }

    @Override
    public void marketData(MarketDataProvider provider) {
        marketData.add(provider);
    }

    @Override
    public void marketStream(MarketStreamFactory stream) {
        marketStreams.add(stream);
    }

    @Override
    public void signalSink(SignalSink sink) {
        signalSinks.add(sink);
    }

    @Override
    public void command(CommandProvider command) {
        commands.add(command);
    }

    @Override
    public void panel(PanelProvider panel) {
        panels.add(panel);
    }
}
