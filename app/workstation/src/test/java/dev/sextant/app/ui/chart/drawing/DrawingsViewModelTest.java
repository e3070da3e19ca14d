package dev.sextant.app.ui.chart.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.research.DrawingService;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.engine.drawing.Anchor;
import dev.sextant.engine.drawing.Drawing;
import dev.sextant.engine.drawing.DrawingKind;
import dev.sextant.engine.drawing.DrawingRepository;
import dev.sextant.engine.drawing.DrawingStyle;
import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.plugin.testkit.DirectTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The drawings' state without a screen: per symbol, edits shown and stored, a failed write reported and undone. */
class DrawingsViewModelTest {

    /** Drawings in memory; {@link #failing} makes every write throw, as a broken database would. */
    static final class Store implements DrawingRepository {
        final List<Drawing> rows = new ArrayList<>();
        boolean failing;

        @Override
        public List<Drawing> list(String symbol) {
            return rows.stream().filter(d -> d.symbol().equals(symbol)).toList();
        }

        @Override
        public Drawing add(Drawing drawing) {
            check();
            Drawing stored = drawing.withId(rows.size() + 1L);
            rows.add(stored);
            return stored;
        }

        @Override
        public void update(Drawing drawing) {
            check();
            rows.replaceAll(d -> d.id() == drawing.id() ? drawing : d);
        }

        @Override
        public void delete(long id) {
            check();
            rows.removeIf(d -> d.id() == id);
        }

        private void check() {
            if (failing) {
                throw new IllegalStateException("disk full");
            }
        }
    }

    static final BarRepository NO_BARS = new BarRepository() {
        @Override
        public List<SeriesInfo> listSeries() {
            return List.of();
        }

        @Override
        public Optional<PriceColumns> load(String symbol, Timeframe timeframe) {
            return Optional.empty();
        }
    };

    static Drawing level(String symbol, double price) {
        return Drawing.of(symbol, DrawingKind.HORIZONTAL_LINE, Timeframe.DAILY, List.of(new Anchor(1_704_672_000L, price)),
                DrawingStyle.standard(), "");
    }

    @Test
    void followsTheSymbolAndShowsAndStoresEachEdit() {
        Store store = new Store();
        WorkspaceState ws = new WorkspaceState(NO_BARS, new DirectTaskRunner());
        DrawingsViewModel vm = new DrawingsViewModel(ws, new DrawingService(store));
        ws.symbol().set("AAA");
        vm.tool().set(DrawingKind.HORIZONTAL_LINE);
        vm.hidden().set(true);
        assertThat(vm.hidden().get()).isTrue();
        vm.add(level("AAA", 10));
        assertThat(vm.tool().get()).as("a tool is used once").isNull();
        assertThat(vm.drawings()).hasSize(1);
        Drawing stored = vm.drawings().getFirst();
        assertThat(vm.selected().get()).isEqualTo(stored);
        assertThat(store.list("AAA")).containsExactly(stored);

        Drawing moved = stored.withAnchors(List.of(new Anchor(1_704_672_000L, 12)), Timeframe.DAILY);
        vm.save(moved);
        assertThat(vm.drawings()).containsExactly(moved);
        assertThat(store.list("AAA")).containsExactly(moved);

        ws.symbol().set("BBB");
        assertThat(vm.drawings()).isEmpty();
        assertThat(vm.selected().get()).isNull();
        ws.symbol().set("AAA");
        assertThat(vm.drawings()).containsExactly(moved);
        vm.selected().set(moved);
        assertThat(vm.deleteSelected()).isTrue();
        assertThat(vm.drawings()).isEmpty();
        assertThat(store.rows).isEmpty();
        assertThat(vm.deleteSelected()).as("nothing selected").isFalse();
    }

    @Test
    void aFailedWriteSaysWhyAndTheChartShowsWhatIsStored() {
        Store store = new Store();
        WorkspaceState ws = new WorkspaceState(NO_BARS, new DirectTaskRunner());
        DrawingsViewModel vm = new DrawingsViewModel(ws, new DrawingService(store));
        ws.symbol().set("AAA");
        vm.add(level("AAA", 10));
        Drawing stored = vm.drawings().getFirst();
        store.failing = true;
        vm.save(stored.withAnchors(List.of(new Anchor(1_704_672_000L, 99)), Timeframe.DAILY));
        assertThat(vm.problem().get()).isEqualTo("Could not save the horizontal line: disk full");
        assertThat(vm.drawings()).as("reloaded from the store").containsExactly(stored);
        vm.delete(stored);
        assertThat(vm.problem().get()).isEqualTo("Could not delete the horizontal line: disk full");
        assertThat(vm.drawings()).containsExactly(stored);
    }

    @Test
    void theListDescribesKindAnchorsAndText() {
        Drawing trend = Drawing.of("AAA", DrawingKind.TREND_LINE, Timeframe.DAILY,
                List.of(new Anchor(1_704_672_000L, 470.25), new Anchor(1_707_091_200L, 1494.5)), DrawingStyle.standard(), "");
        assertThat(DrawingsViewModel.describe(trend)).isEqualTo("Trend line  2024-01-08 470.25 → 2024-02-05 1,494.5");
        // 14:30 UTC on 8 January 2024 is 09:30 in New York
        Drawing note = Drawing.of("AAA", DrawingKind.TEXT_NOTE, Timeframe.MINUTE_5,
                List.of(new Anchor(1_704_724_200L, 12)), DrawingStyle.standard(), "open");
        assertThat(DrawingsViewModel.describe(note)).isEqualTo("Text note  2024-01-08 09:30 12.00  \"open\"");
    }
}
