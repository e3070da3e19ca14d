package dev.sextant.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.marks.ChartMarks;
import dev.sextant.plugin.testkit.DirectTaskRunner;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.regime.MarketRegime;
import java.time.LocalDate;
import java.util.SortedMap;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chart's ViewModel without a window: each test builds its own workspace and task runner on one seeded home.
 *
 * <p>Not on {@link dev.sextant.app.ui.HeadlessWorkstation}: no scene or FX toolkit is needed, and the tests only read
 * the sample market, so one home seeded once for the class serves them all; a fresh home and a workstation window per
 * test would only add the seeding time to each.
 */
class ChartViewModelTest {

    @TempDir
    static Path home;
    static AppContext ctx;

    @BeforeAll
    static void open() {
        ctx = SeededHome.open(home);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static ChartViewModel vm(WorkspaceState ws) {
        return new ChartViewModel(ws);
    }

    @Test
    void followsTheWorkspaceSymbolAndComputesTheDailyDefaults() {
        WorkspaceState ws = new WorkspaceState(ctx.bars(), new DirectTaskRunner());
        ChartViewModel vm = vm(ws);
        assertThat(vm.data().get()).isNull();
        assertThat(vm.message().get()).contains("Choose a symbol");
        ws.symbol().set("IDX.SX");
        ChartData data = vm.data().get();
        assertThat(data.bars().symbol()).isEqualTo("IDX.SX");
        assertThat(data.bars().timeframe()).isEqualTo(Timeframe.DAILY);
        assertThat(data.overlays()).extracting(st -> st.spec().label()).containsExactly("SMA 50", "SMA 200");
        assertThat(data.panes()).extracting(st -> st.spec().label()).containsExactly("RSI 14");
        assertThat(data.panes().getFirst().guides()).containsExactly(30.0, 70.0);
        assertThat(vm.message().get()).isEmpty();
        assertThat(vm.initialWindow(data.bars())).containsExactly(data.bars().size() - ChartViewModel.DAILY_WINDOW, data.bars().size());
    }

    @Test
    void intradayBarsShowSessionVwapSma9AndTheirCrosses() {
        WorkspaceState ws = new WorkspaceState(ctx.bars(), new DirectTaskRunner());
        ChartViewModel vm = vm(ws);
        ws.timeframe().set(Timeframe.MINUTE_1);
        ws.symbol().set("S001.SX");
        ChartData data = vm.data().get();
        assertThat(data.bars().timeframe()).isEqualTo(Timeframe.MINUTE_1);
        assertThat(data.overlays()).extracting(st -> st.spec().label()).containsExactly("SMA 9", "VWAP");
        assertThat(data.markers()).isNotEmpty();
        ChartData.Marker m = data.markers().getFirst();
        double[] sma = data.overlays().get(0).lines().getFirst().values();
        double[] vwap = data.overlays().get(1).lines().getFirst().values();
        assertThat(Math.signum(sma[m.index()] - vwap[m.index()])).isEqualTo(m.up() ? 1.0 : -1.0);
    }

    @Test
    void studiesCanBeAddedAndTheReadoutDescribesTheBarUnderTheCrosshair() {
        WorkspaceState ws = new WorkspaceState(ctx.bars(), new DirectTaskRunner());
        ChartViewModel vm = vm(ws);
        ws.symbol().set("IDX.SX");
        vm.addStudy(StudySpec.of("bb:20:2", "#8a94a6"));
        vm.addStudy(StudySpec.of("macd:12:26:9", "#4c9be0"));
        ChartData data = vm.data().get();
        assertThat(data.overlays().get(2).lines()).extracting(ChartData.Line::label).containsExactly("middle", "upper", "lower");
        assertThat(data.panes()).extracting(st -> st.spec().label()).containsExactly("RSI 14", "MACD 12 26 9");
        assertThat(data.panes().get(1).histogram()).isNotNull();
        assertThat(data.panes().get(1).guides()).containsExactly(0.0);
        int last = data.bars().size() - 1;
        int before = last - 10;
        vm.hover(before + 0.3);
        assertThat(vm.readout().get()).startsWith("IDX.SX 1d  " + BarTimeFormat.label(data.bars(), before) + "  O ")
                .contains("C " + ChartViewModel.price(data.bars().close()[before]));
        assertThat(ChartViewModel.legend(data.panes().getFirst(), vm.legendIndex()))
                .isEqualTo("RSI 14  " + ChartViewModel.price(data.panes().getFirst().lines().getFirst().values()[before]));
        vm.hover(-5);
        assertThat(vm.hoverIndex().get()).isEqualTo(-1);
        assertThat(vm.readout().get()).startsWith("IDX.SX 1d  2024-12-31  O ");
    }

    @Test
    void saysSoWhenASymbolHasNoBarsOfTheTimeframe() {
        WorkspaceState ws = new WorkspaceState(ctx.bars(), new DirectTaskRunner());
        ChartViewModel vm = vm(ws);
        ws.timeframe().set(Timeframe.MINUTE_1);
        ws.symbol().set("S002.SX"); // daily bars only (the sector ETFs have minute bars too)
        assertThat(vm.data().get()).isNull();
        assertThat(vm.message().get()).isEqualTo("No 1m bars stored for S002.SX.");
    }

    @Test
    void marksFromOtherPanelsBecomeMarkersOnTheirSymbolAndTheFirstWindowShowsThem() {
        WorkspaceState ws = new WorkspaceState(ctx.bars(), new DirectTaskRunner());
        ChartViewModel vm = new ChartViewModel(ws, ws.marks(), RegimeSource.NONE, ChartSettingsStore.none());
        ws.symbol().set("S001.SX");
        ChartData plain = vm.data().get();
        long entry = plain.bars().time()[1000];
        long exit = plain.bars().time()[1040];
        ws.marks().set(new ChartMarks("S001.SX", List.of(new ChartMarks.Mark(entry, ChartMarks.Kind.ENTRY, "buy"),
                new ChartMarks.Mark(exit, ChartMarks.Kind.EXIT, "sell")), entry, exit));

        assertThat(vm.markedByOthers()).extracting(ChartData.Marker::index, ChartData.Marker::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1000, ChartData.Kind.ENTRY),
                        org.assertj.core.groups.Tuple.tuple(1040, ChartData.Kind.EXIT));
        int[] window = vm.initialWindow(vm.data().get().bars());
        assertThat(window[0]).isLessThan(1000);
        assertThat(window[1]).isGreaterThan(1040);
        assertThat(window[1] - window[0]).isGreaterThanOrEqualTo(ChartViewModel.MARKED_WINDOW);
        vm.hover(1000);
        assertThat(vm.readout().get()).contains("[buy]");

        ws.symbol().set("S002.SX");
        assertThat(vm.markedByOthers()).isEmpty();
        assertThat(vm.initialWindow(vm.data().get().bars())[1]).isEqualTo(vm.data().get().bars().size());
    }

    @Test
    void regimeShadingMapsEachDaysStoredRegimeOntoTheBarsOnlyWhileOnAndOnlyOnDailyBars() {
        DirectTaskRunner tasks = new DirectTaskRunner();
        WorkspaceState ws = new WorkspaceState(ctx.bars(), tasks);
        ResearchServices services = ctx.research();
        ChartViewModel vm = new ChartViewModel(ws, ws.marks(), services::marketRegimes, ChartSettingsStore.none());
        ws.symbol().set("S001.SX");
        int jobs = tasks.submitted();
        assertThat(vm.regimeBands().get()).isNull();
        assertThat(vm.regimeNote().get()).isEmpty();

        vm.regimeShading().set(true);
        assertThat(tasks.submitted()).as("one classification job").isEqualTo(jobs + 1);
        RegimeBands bands = vm.regimeBands().get();
        assertThat(bands).isNotNull();
        assertThat(bands.size()).isGreaterThan(10);
        assertThat(vm.regimeNote().get()).isEqualTo("Market regime of each day, from IDX.SX with ^VOL.SX:");
        // every bar on a classified day carries that day's regime, and the bands cover exactly those bars
        SortedMap<LocalDate, MarketRegime> byDate = services.marketRegimes().orElseThrow().byDate();
        PriceColumns bars = vm.data().get().bars();
        int covered = 0;
        for (int i = 0; i < bars.size(); i++) {
            MarketRegime expected = byDate.get(LocalDate.ofEpochDay(bars.time()[i]));
            assertThat(bands.at(i)).as("bar %d", i).isEqualTo(expected);
            covered += expected == null ? 0 : 1;
        }
        int inBands = 0;
        for (int k = 0; k < bands.size(); k++) {
            inBands += bands.to()[k] - bands.from()[k];
            if (k > 0) {
                assertThat(bands.from()[k]).isGreaterThanOrEqualTo(bands.to()[k - 1]);
                if (bands.from()[k] == bands.to()[k - 1]) {
                    assertThat(bands.regime()[k]).as("adjacent bands differ").isNotEqualTo(bands.regime()[k - 1]);
                }
            }
        }
        assertThat(inBands).isEqualTo(covered);
        int last = bars.size() - 1;
        vm.hover(last);
        assertThat(vm.readout().get()).endsWith("  regime " + bands.at(last).label());

        ws.symbol().set("S002.SX");
        assertThat(vm.regimeBands().get()).isNotNull().isNotSameAs(bands);
        // the new symbol's bars and its timeframes, and no second classification
        assertThat(tasks.submitted()).as("the regimes are classified once").isEqualTo(jobs + 1 + 2);

        ws.timeframe().set(Timeframe.MINUTE_1);
        assertThat(vm.regimeNote().get()).as("S002.SX has no minute bars").isEqualTo("No chart to shade.");
        ws.symbol().set("S001.SX");
        assertThat(vm.data().get().bars().timeframe()).isEqualTo(Timeframe.MINUTE_1);
        assertThat(vm.regimeBands().get()).isNull();
        assertThat(vm.regimeNote().get()).startsWith("Regimes are daily");

        ws.timeframe().set(Timeframe.DAILY);
        vm.regimeShading().set(false);
        assertThat(vm.regimeBands().get()).isNull();
        assertThat(vm.regimeNote().get()).isEmpty();
    }

    @Test
    void withoutAnIndexTheShadingSaysWhy() {
        WorkspaceState ws = new WorkspaceState(ctx.bars(), new DirectTaskRunner());
        ChartViewModel vm = new ChartViewModel(ws, ws.marks(), RegimeSource.NONE, ChartSettingsStore.none());
        ws.symbol().set("S001.SX");
        vm.regimeShading().set(true);
        assertThat(vm.regimeBands().get()).isNull();
        assertThat(vm.regimeNote().get()).startsWith("No regimes: no index to classify");
    }
}
