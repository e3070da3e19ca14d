package dev.sextant.app.plugins;

import dev.sextant.app.api.MarketStreamFactory;
import dev.sextant.data.provider.MarketDataProviders;
import dev.sextant.engine.indicator.IndicatorSpec;
import dev.sextant.engine.spi.IndicatorProvider;
import dev.sextant.engine.spi.MarketDataProvider;
import dev.sextant.engine.spi.StrategyProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the active plugins contributed, with the plugin that owns each id. {@link #add}
 * takes all of one plugin's contributions or, when an id is already taken, none of them.
 */
final class Contributions {

    final List<StrategyProvider> strategies = new ArrayList<>();
    final List<IndicatorProvider> indicators = new ArrayList<>();
    final List<MarketDataProvider> marketData = new ArrayList<>();
    final List<MarketStreamFactory> marketStreams = new ArrayList<>();
    final List<GuardedSignalSink> signalSinks = new ArrayList<>();
    final Map<String, ContributedCommand> commands = new HashMap<>();
    final List<ContributedPanel> panels = new ArrayList<>();
    private final Map<String, String> owners = new HashMap<>();

    Contributions() {
        Arrays.stream(IndicatorSpec.Kind.values()).forEach(k -> owners.put("indicator " + k.code(), "the built-in indicators"));
        MarketDataProviders.bundledIds().forEach(id -> owners.put("market-data provider " + id, "the built-in providers"));
    }

    /**
     * Adds one plugin's (already guarded) contributions.
     *
     * @throws IllegalArgumentException naming the first id that another plugin already uses
     */
    void add(String pluginId, List<StrategyProvider> newStrategies, List<IndicatorProvider> newIndicators,
             List<MarketDataProvider> newMarketData, List<MarketStreamFactory> newStreams, List<GuardedSignalSink> newSinks, List<ContributedCommand> newCommands,
             List<ContributedPanel> newPanels) {
        Set<String> claims = new HashSet<>();
        newStrategies.forEach(s -> claim(claims, "strategy " + s.id()));
        newIndicators.forEach(i -> claim(claims, "indicator " + i.name()));
        newMarketData.forEach(m -> claim(claims, "market-data provider " + m.id()));
        newStreams.forEach(m -> claim(claims, "market stream " + m.id()));
        newCommands.forEach(c -> claim(claims, "command " + c.name()));
        newPanels.forEach(p -> claim(claims, "panel " + p.id()));
        claims.forEach(key -> owners.put(key, "plugin " + pluginId));
        strategies.addAll(newStrategies);
        indicators.addAll(newIndicators);
        marketData.addAll(newMarketData);
        marketStreams.addAll(newStreams);
        signalSinks.addAll(newSinks);
        newCommands.forEach(c -> commands.put(c.name(), c));
        panels.addAll(newPanels);
    }

    private void claim(Set<String> claims, String key) {
        String owner = owners.get(key);
        if (owner != null) {
            throw new IllegalArgumentException(key + " is already provided by " + owner);
        }
        if (!claims.add(key)) {
            throw new IllegalArgumentException(key + " is registered twice");
        }
    }
}
