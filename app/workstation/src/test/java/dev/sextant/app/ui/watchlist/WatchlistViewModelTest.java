package dev.sextant.app.ui.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.app.research.WatchlistService;
import dev.sextant.app.ui.SteppedTaskRunner;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.UniverseRepository;
import dev.sextant.engine.watchlist.Watchlist;
import dev.sextant.engine.watchlist.WatchlistRepository;
import dev.sextant.engine.watchlist.WatchlistRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Watchlist ViewModel without a screen: edits run as jobs and the shown list follows them (a new or renamed list
 * becomes the shown one, a deleted one gives way to the first), rows carry the bars' numbers, opening a row sets
 * the workspace symbol, and a failed edit says why.
 */
class WatchlistViewModelTest {

    /** Lists in a map, as the H2 repository keeps them (its own test covers the database). */
    private static final class MapRepository implements WatchlistRepository {
        final Map<String, Watchlist> lists = new TreeMap<>();

        @Override
        public List<Watchlist> list() {
            return List.copyOf(lists.values());
        }

        @Override
        public Optional<Watchlist> find(String name) {
            return Optional.ofNullable(lists.get(name));
        }

        @Override
        public void create(Watchlist w) {
            if (lists.putIfAbsent(w.name(), w) != null) {
                throw new IllegalArgumentException("watchlist '" + w.name() + "' already exists");
            }
        }

        @Override
        public Watchlist edit(String name, UnaryOperator<Watchlist> edit) {
            Watchlist edited = edit.apply(find(name).orElseThrow(() -> new IllegalArgumentException("no watchlist named '" + name + "'")));
            if (!edited.name().equals(name) && lists.containsKey(edited.name())) {
                throw new IllegalArgumentException("watchlist '" + edited.name() + "' already exists");
            }
            lists.remove(name);
            lists.put(edited.name(), edited);
            return edited;
        }

        @Override
        public void delete(String name) {
            lists.remove(name);
        }
    }

    private static final BarRepository BARS = new BarRepository() {
        @Override
        public List<SeriesInfo> listSeries() {
            return List.of();
        }

        @Override
        public Optional<PriceColumns> load(String symbol, Timeframe timeframe) {
            if (!symbol.equals("AAA")) {
                return Optional.empty();
            }
            double[] close = {10, 12, 11.4};
            return Optional.of(new PriceColumns("AAA", Timeframe.DAILY, new long[] {1, 2, 3}, close, close, close, close,
                    close, new double[] {5, 6, 700}));
        }
    };

    private static final UniverseRepository UNIVERSES = new UniverseRepository() {
        @Override
        public List<String> members(String name) {
            return List.of("AAA", "BBB");
        }

        @Override
        public List<String> names() {
            return List.of("pair");
        }
    };

    private final SteppedTaskRunner tasks = new SteppedTaskRunner();
    private WorkspaceState ws;
    private WatchlistCatalog catalog;
    private WatchlistViewModel vm;

    @BeforeEach
    void setUp() {
        ws = new WorkspaceState(BARS, tasks);
        catalog = new WatchlistCatalog(new WatchlistService(new MapRepository(), BARS, UNIVERSES), tasks);
        vm = new WatchlistViewModel(catalog, ws);
        tasks.runAll();
    }

    @Test
    void aNewListIsShownAndItsRowsCarryTheBarsNumbers() {
        assertThat(vm.selected().get()).isNull();
        assertThat(catalog.universes()).containsExactly("all", "pair");

        catalog.saveUniverse("pair", "Pair");
        tasks.runAll();

        assertThat(vm.selected().get()).isEqualTo("Pair");
        assertThat(vm.rows()).extracting(WatchlistRow::symbol).containsExactly("AAA", "BBB");
        WatchlistRow aaa = vm.rows().getFirst();
        // 12 -> 11.4: -0.6, -0.6 / 12 = -5 %
        assertThat(aaa.change()).isCloseTo(-0.6, within(1e-12));
        assertThat(aaa.changePct()).isCloseTo(-5, within(1e-12));
        assertThat(aaa.volume()).isEqualTo(700);
        assertThat(vm.rows().get(1).hasBars()).isFalse();
        assertThat(vm.status().get()).isEqualTo("Saved universe pair as Pair (2 symbols).");

        vm.open(vm.rows().get(1));
        assertThat(ws.symbol().get()).isEqualTo("BBB");
    }

    @Test
    void renameMoveAndDeleteKeepTheShownListSensible() {
        vm.create("One");
        vm.create("Two");
        tasks.runAll();
        assertThat(vm.selected().get()).isEqualTo("Two");
        vm.add(List.of("x", "y", "z"));
        vm.move("Z", 0);
        tasks.runAll();
        assertThat(vm.rows()).extracting(WatchlistRow::symbol).containsExactly("Z", "X", "Y");

        vm.renameSelected("Zwei");
        tasks.runAll();
        assertThat(vm.lists()).containsExactly("One", "Zwei");
        assertThat(vm.selected().get()).isEqualTo("Zwei");

        vm.renameSelected("One");
        tasks.runAll();
        assertThat(vm.status().get()).isEqualTo("Rename watchlist Zwei failed: watchlist 'One' already exists");

        vm.deleteSelected();
        tasks.runAll();
        assertThat(vm.lists()).containsExactly("One");
        assertThat(vm.selected().get()).isEqualTo("One");
        assertThat(vm.rows()).isEmpty();
    }
}
