package dev.sextant.data.market;

import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.UniverseRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns what a user names ({@code --symbols A,B} or {@code --universe U}, where {@code all} is
 * every instrument) into the symbols' daily bars from the store. Explicit symbols must all have
 * daily bars; members of a universe without daily bars are left out (and reported), but a
 * universe with none fails.
 */
public final class UniverseLoader {

    /** The daily series and the requested symbols that had none (only for universes). */
    public record Loaded(List<PriceColumns> series, List<String> withoutBars) {
    }

    private final BarRepository bars;
    private final UniverseRepository universes;

    public UniverseLoader(BarRepository bars, UniverseRepository universes) {
        this.bars = bars;
        this.universes = universes;
    }

    /** Symbols with daily bars in the store, sorted. */
    public Set<String> dailySymbols() {
        return bars.listSeries().stream().filter(s -> s.timeframe() == Timeframe.DAILY).map(SeriesInfo::symbol)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** @throws IllegalArgumentException naming the unknown symbols */
    public Loaded symbols(List<String> symbols) {
        Set<String> known = dailySymbols();
        List<String> unknown = symbols.stream().filter(s -> !known.contains(s)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no daily bars for " + String.join(", ", unknown)
                    + " (see ./sextant data list)");
        }
        return new Loaded(load(symbols.stream().distinct().sorted().toList()), List.of());
    }

    /** @throws IllegalArgumentException for an unknown universe or one whose members have no daily bars */
    public Loaded universe(String name) {
        List<String> members = universes.members(name);
        Set<String> known = dailySymbols();
        List<String> present = members.stream().filter(known::contains).toList();
        if (present.isEmpty()) {
            throw new IllegalArgumentException("universe '" + name + "' has no member with daily bars");
        }
        List<String> missing = members.stream().filter(s -> !known.contains(s)).toList();
        return new Loaded(load(present), missing);
    }

    /** Daily bars of one symbol. @throws IllegalArgumentException when it has none */
    public PriceColumns one(String symbol) {
        return bars.load(symbol, Timeframe.DAILY)
                .orElseThrow(() -> new IllegalArgumentException("no daily bars for " + symbol + " (see ./sextant data list)"));
    }

    private List<PriceColumns> load(List<String> symbols) {
        List<PriceColumns> out = new ArrayList<>(symbols.size());
        for (String s : symbols) {
            out.add(one(s));
        }
        return out;
    }
}
