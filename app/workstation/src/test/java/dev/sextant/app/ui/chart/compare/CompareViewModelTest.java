package dev.sextant.app.ui.chart.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.TaskRunner;
import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.plugin.testkit.DirectTaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** The compare symbols' state without a screen: adding, refusing, loading, legends, timeframes, failures. */
class CompareViewModelTest {

    /** Bars from memory; {@code failing} makes every load throw. */
    static final class MemoryBars implements BarRepository {
        final List<PriceColumns> series = new ArrayList<>();
        final List<String> loads = new ArrayList<>();
        boolean failing;

        @Override
        public List<SeriesInfo> listSeries() {
            return series.stream().map(s -> new SeriesInfo(s.symbol(), s.timeframe(), s.time()[0], s.time()[s.size() - 1],
                    s.size())).toList();
        }

        @Override
        public Optional<PriceColumns> load(String symbol, Timeframe timeframe) {
            if (failing) {
                throw new IllegalStateException("disk gone");
            }
            loads.add(symbol + " " + timeframe.code());
            return series.stream().filter(s -> s.symbol().equals(symbol) && s.timeframe() == timeframe).findFirst();
        }
    }

    record Context(StringProperty symbol, ObjectProperty<Timeframe> timeframe, BarRepository bars, TaskRunner tasks)
            implements PanelContext {
    }

    private static PriceColumns daily(String symbol, String firstDate, double... close) {
        long start = LocalDate.parse(firstDate).toEpochDay();
        long[] t = new long[close.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = start + i;
        }
        return new PriceColumns(symbol, Timeframe.DAILY, t, close, close, close, close, close, new double[close.length]);
    }

    private final MemoryBars bars = new MemoryBars();
    private final List<String> saves = new ArrayList<>();
    private final CompareViewModel vm = new CompareViewModel(new Context(new SimpleStringProperty("MAIN"),
            new SimpleObjectProperty<>(Timeframe.DAILY), bars, new DirectTaskRunner()), List.of(), () -> saves.add("saved"));

    @Test
    void anAddedSymbolIsLoadedAlignedAndDescribedFromTheFirstVisibleBar() {
        PriceColumns main = daily("MAIN", "2024-07-01", 100, 101, 102, 103, 104);
        // B starts a day later than MAIN
        bars.series.add(daily("B", "2024-07-02", 20, 22, 25, 19));
        vm.follow(main);
        vm.add(" B ");
        assertThat(vm.symbols()).containsExactly("B");
        assertThat(saves).hasSize(1);
        CompareLine line = vm.lines().get().getFirst();
        assertThat(line.colour()).isEqualTo(ComparePalette.colour(0));
        assertThat(line.drawnOn(main.time())).isTrue();
        assertThat(line.closes()).containsExactly(Double.NaN, 20, 22, 25, 19);

        vm.visible(0, 5);
        // base: bar 1 (B's first); last visible bar 4: 19 / 20 - 1 = -5 %
        assertThat(vm.legend(line, -1)).isEqualTo("B  -5.00%");
        // under the crosshair at bar 3: 25 / 20 - 1 = +25 %
        assertThat(vm.legend(line, 3)).isEqualTo("B  +25.00%");
        assertThat(vm.legend(line, 0)).isEqualTo("B  -");
        // panned: bars 2..4 visible, base 22
        vm.visible(2, 5);
        assertThat(vm.legend(line, 3)).isEqualTo("B  +13.64%");
    }

    @Test
    void blankRepeatedOwnAndSurplusSymbolsAreRefusedNamingThem() {
        vm.follow(daily("MAIN", "2024-07-01", 1, 2));
        assertThatThrownBy(() -> vm.add("  ")).hasMessage("compare symbol must not be blank");
        assertThatThrownBy(() -> vm.add("MAIN")).hasMessage("compare symbol MAIN is the chart's own symbol");
        for (int i = 0; i < ComparePalette.size(); i++) {
            vm.add("S" + i);
        }
        assertThatThrownBy(() -> vm.add("S0")).hasMessage("compare symbol S0 is already on the chart");
        assertThatThrownBy(() -> vm.add("X")).hasMessage("compare symbol X: at most 6 symbols can be compared; remove one first");
        assertThatThrownBy(() -> vm.remove("Y")).hasMessage("compare symbol Y is not on the chart");
        // none of them has bars: each keeps its entry and says so
        assertThat(vm.legend(vm.lines().get().getFirst(), -1)).isEqualTo("S0  no 1d bars stored");
        vm.remove("S0");
        assertThat(vm.symbols()).hasSize(ComparePalette.size() - 1).doesNotContain("S0");
        assertThat(vm.lines().get().getFirst().colour()).isEqualTo(ComparePalette.colour(0));
    }

    @Test
    void barsAreLoadedOncePerTimeframeAndAgainWhenItChanges() {
        bars.series.add(daily("B", "2024-07-01", 5, 6));
        vm.add("B");
        assertThat(bars.loads).isEmpty(); // no chart yet
        PriceColumns main = daily("MAIN", "2024-07-01", 1, 2);
        vm.follow(main);
        vm.follow(main.slice(0, 2)); // studies or marks changed: same timeframe
        assertThat(bars.loads).containsExactly("B 1d");
        PriceColumns weekly = new PriceColumns("MAIN", Timeframe.WEEKLY, main.time(), main.open(), main.high(), main.low(),
                main.close(), main.adjClose(), main.volume());
        vm.follow(weekly);
        assertThat(bars.loads).containsExactly("B 1d", "B 1w");
        assertThat(vm.legend(vm.lines().get().getFirst(), -1)).isEqualTo("B  no 1w bars stored");
    }

    @Test
    void aFailedLoadIsShownInTheLegendEntry() {
        bars.failing = true;
        vm.follow(daily("MAIN", "2024-07-01", 1, 2));
        vm.add("B");
        assertThat(vm.legend(vm.lines().get().getFirst(), -1)).isEqualTo("B  could not load: disk gone");
    }

    @Test
    void theChoicesAreTheOtherStoredSymbolsInTheChartsTimeframe() {
        bars.series.add(daily("MAIN", "2024-07-01", 1));
        bars.series.add(daily("B", "2024-07-01", 1));
        bars.series.add(daily("A", "2024-07-01", 1));
        bars.series.add(daily("C", "2024-07-01", 1));
        vm.follow(daily("MAIN", "2024-07-01", 1));
        vm.add("C");
        List<List<String>> got = new ArrayList<>();
        vm.choices(got::add, e -> {
            throw new AssertionError(e);
        });
        assertThat(got).containsExactly(List.of("A", "B"));
    }
}
