package dev.sextant.app.research;

import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.UniverseRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one market loader: turns what a user names (symbols, or a universe where {@code all} is every instrument) into
 * the symbols' daily bars from the store, for the CLI, the panels and the services. Explicit symbols must all have
 * daily bars; members of a universe without daily bars are left out (and listed), but a universe with none fails.
 * Loading reports progress per symbol and stops when cancelled.
 */
public final class MarketLoader {

    /** The daily series, sorted by symbol, and the requested universe members that had none. */
    public record Loaded(List<PriceColumns> series, List<String> withoutBars) {
    }

    private final BarRepository bars;
    private final UniverseRepository universes;

    public MarketLoader(BarRepository bars, UniverseRepository universes) {
        this.bars = bars;
        this.universes = universes;
    }

    /** Symbols with daily bars in the store, sorted. */
    public Set<String> dailySymbols() {
        return bars.listSeries().stream().filter(s -> s.timeframe() == Timeframe.DAILY).map(SeriesInfo::symbol)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** @throws IllegalArgumentException for unknown symbols or a universe without any member with daily bars */
    public Loaded load(MarketChoice choice, ProgressSink progress, Cancellation cancellation) {
        Set<String> stored = dailySymbols();
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
                throw new IllegalArgumentException("no daily bars for " + String.join(", ", unknown)
                        + " (see ./sextant data list)");
            }
            wanted = choice.symbols().stream().distinct().sorted().toList();
        }
        List<PriceColumns> series = new ArrayList<>(wanted.size());
        List<Optional<PriceColumns>> found = bars.loadAll(wanted, Timeframe.DAILY, i -> {
            cancellation.throwIfCancelled();
            progress.progress(i, wanted.size(), "loading " + wanted.get(i));
        });
        for (int i = 0; i < wanted.size(); i++) {
            series.add(found.get(i).orElseThrow(missing(wanted.get(i))));
        }
        return new Loaded(series, withoutBars);
    }

    /** {@link #load} without progress or cancellation. */
    public Loaded load(MarketChoice choice) {
        return load(choice, ProgressSink.NONE, Cancellation.NEVER);
    }

    /** Daily bars of one symbol. @throws IllegalArgumentException when it has none */
    public PriceColumns one(String symbol) {
        return bars.load(symbol, Timeframe.DAILY).orElseThrow(missing(symbol));
    }

    private static java.util.function.Supplier<IllegalArgumentException> missing(String symbol) {
        return () -> new IllegalArgumentException("no daily bars for " + symbol + " (see ./sextant data list)");
    }
}
