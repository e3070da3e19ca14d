package dev.sextant.app.plugins;

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
import java.util.Objects;

/** Collects what one plugin registers, so that nothing of it is used when its registration fails half-way. */
final class CollectingRegistrar implements PluginRegistrar {

    final List<StrategyProvider> strategies = new ArrayList<>();
    final List<IndicatorProvider> indicators = new ArrayList<>();
    final List<MarketDataProvider> marketData = new ArrayList<>();
    final List<MarketStreamFactory> marketStreams = new ArrayList<>();
    final List<SignalSink> signalSinks = new ArrayList<>();
    final List<CommandProvider> commands = new ArrayList<>();
    final List<PanelProvider> panels = new ArrayList<>();

    @Override
    public void strategy(StrategyProvider strategy) {
        strategies.add(Objects.requireNonNull(strategy, "strategy"));
    }

    @Override
    public void indicator(IndicatorProvider indicator) {
        indicators.add(Objects.requireNonNull(indicator, "indicator"));
    }

    @Override
    public void marketData(MarketDataProvider provider) {
        marketData.add(Objects.requireNonNull(provider, "provider"));
    }

    @Override
    public void marketStream(MarketStreamFactory stream) {
        marketStreams.add(Objects.requireNonNull(stream, "stream"));
    }

    @Override
    public void signalSink(SignalSink sink) {
        signalSinks.add(Objects.requireNonNull(sink, "sink"));
    }

    @Override
    public void command(CommandProvider command) {
        commands.add(Objects.requireNonNull(command, "command"));
    }

    @Override
    public void panel(PanelProvider panel) {
        panels.add(Objects.requireNonNull(panel, "panel"));
    }
}
