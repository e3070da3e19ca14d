package dev.sextant.app.research;

import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.UniverseRepository;
import dev.sextant.engine.watchlist.Watchlist;
import dev.sextant.engine.watchlist.WatchlistRepository;
import dev.sextant.engine.watchlist.WatchlistRow;
import java.util.List;
import java.util.stream.Stream;

/**
 * The watchlist use cases shared by the workstation and {@code ./sextant watchlist}: named lists of symbols kept in
 * the home's database (each edit one transaction), lists made from a universe or a scan, and each listed symbol's
 * last daily close, change, volume and sparkline read from the bar store. Errors name the list, symbol or universe.
 */
public final class WatchlistService {

    private final WatchlistRepository lists;
    private final BarRepository bars;
    private final UniverseRepository universes;

    public WatchlistService(WatchlistRepository lists, BarRepository bars, UniverseRepository universes) {
        this.lists = lists;
        this.bars = bars;
        this.universes = universes;
    }

    /** Every list, by name. */
    public List<Watchlist> lists() {
        return lists.list();
    }

    /** @throws IllegalArgumentException when there is no list of that name */
    public Watchlist show(String name) {
        return lists.find(name).orElseThrow(() -> new IllegalArgumentException("no watchlist named '" + name + "'"));
    }

    /** @throws IllegalArgumentException for a bad or taken name or a bad symbol */
    public Watchlist create(String name, List<String> symbols) {
        Watchlist list = new Watchlist(name, symbols.stream().map(Watchlist::checkSymbol).distinct().toList());
        lists.create(list);
        return list;
    }

    public Watchlist rename(String name, String newName) {
        return lists.edit(name, w -> w.renamed(newName));
    }

    public void delete(String name) {
        lists.delete(name);
    }

    /** Appends the symbols the list does not hold yet. */
    public Watchlist add(String name, List<String> symbols) {
        return lists.edit(name, w -> w.withAdded(symbols));
    }

    public Watchlist remove(String name, List<String> symbols) {
        return lists.edit(name, w -> w.withRemoved(symbols));
    }

    /** Moves {@code symbol} to place {@code index} (0 = first). */
    public Watchlist move(String name, String symbol, int index) {
        return lists.edit(name, w -> w.withMoved(symbol, index));
    }

    /** A new list {@code name} holding the members of {@code universe}. */
    public Watchlist saveUniverse(String universe, String name) {
        return create(name, universes.members(universe));
    }

    /** Names of the universes a list can be made from: {@code all} and the stored and bundled ones. */
    public List<String> universes() {
        return Stream.concat(Stream.of(UniverseRepository.ALL),
                universes.names().stream().filter(n -> !n.equals(UniverseRepository.ALL))).toList();
    }

    /** A row per symbol of the list, in its order, from the daily bars (empty values for a symbol without bars). */
    public List<WatchlistRow> rows(Watchlist list) {
        return list.symbols().stream()
                .map(s -> WatchlistRow.of(bars.load(s, Timeframe.DAILY).orElseGet(() -> PriceColumns.empty(s, Timeframe.DAILY))))
                .toList();
    }
}
