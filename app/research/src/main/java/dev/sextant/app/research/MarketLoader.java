package dev.sextant.app.research;

import dev.sextant.data.market.UniverseLoader;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.UniverseRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads the daily bars of a {@link MarketChoice} one symbol at a time, reporting progress and
 * stopping when cancelled: the same selection rules as {@link UniverseLoader} (unknown symbols
 * fail, universe members without bars are left out and listed).
 */
public final class MarketLoader {

    private final UniverseLoader market;
    private final UniverseRepository universes;

    public MarketLoader(UniverseLoader market, UniverseRepository universes) {
        this.market = market;
        this.universes = universes;
    }

    /** @throws IllegalArgumentException for unknown symbols or a universe without any member with daily bars */
    public UniverseLoader.Loaded load(MarketChoice choice, ProgressSink progress, Cancellation cancellation) {
        Set<String> stored = market.dailySymbols();
        List<String> wanted;
        List<String> withoutBars = List.of();
        if (choice.universe() != null) {
            List<String> members = universes.members(choice.universe());
            wanted = members.stream().filter(stored::contains).distinct().sorted().toList();
            withoutBars = members.stream().filter(s -> !stored.contains(s)).toList();
            if (wanted.isEmpty()) {
                throw new IllegalArgumentException("universe '" + choice.universe() + "' has no member with daily bars");
            }
        } else {
            List<String> unknown = choice.symbols().stream().filter(s -> !stored.contains(s)).distinct().toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("no daily bars for " + String.join(", ", unknown));
            }
            wanted = choice.symbols().stream().distinct().sorted().toList();
        }
        List<PriceColumns> series = new ArrayList<>(wanted.size());
        for (String symbol : wanted) {
            cancellation.throwIfCancelled();
            progress.progress(series.size(), wanted.size(), "loading " + symbol);
            series.add(market.one(symbol));
        }
        return new UniverseLoader.Loaded(series, withoutBars);
    }
}
