package dev.sextant.app.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.MarketChoice;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.app.ui.marks.ChartMarks;
import dev.sextant.plugin.testkit.DirectTaskRunner;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.SteppedTaskRunner;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.Signal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanViewModelTest {

    @TempDir
    static Path home;
    static AppContext ctx;
    static ResearchServices services;

    @BeforeAll
    static void open() {
        ctx = SeededHome.open(home);
        services = ctx.research();
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static ScanViewModel vm(WorkspaceState ws) {
        return new ScanViewModel(services, ws, ws.marks());
    }

    @Test
    void theProgressBarFollowsTheLoadThenEachSymbolsSignalsAndMomentum() {
        SteppedTaskRunner tasks = new SteppedTaskRunner();
        ScanViewModel vm = vm(new WorkspaceState(ctx.bars(), tasks));
        tasks.runAll();
        List<Double> seen = new ArrayList<>();
        vm.progress().addListener((obs, old, now) -> seen.add(now.doubleValue()));

        vm.run(); // reads the stored symbols first (a background read), then starts the scan
        assertThat(vm.busy().get()).isFalse();
        tasks.runAll();

        assertThat(vm.signals()).isNotEmpty();
        assertThat(vm.busy().get()).isFalse();
        assertThat(seen.getLast()).as("reset when done").isZero();
        List<List<Double>> runs = SteppedTaskRunner.risingRuns(seen);
        assertThat(runs).as("loading, then scanning").hasSize(2);
        int symbols = services.markets().load(MarketChoice.ofUniverse("sample-stocks"), ProgressSink.NONE, Cancellation.NEVER)
                .series().size();
        assertThat(symbols).isGreaterThan(50);
        assertThat(runs.get(0).getFirst()).as("unknown before the loader reports").isEqualTo(-1);
        assertThat(runs.get(0)).hasSize(1 + symbols);
        // one step per symbol's signals and one per momentum score, rising to the end
        assertThat(runs.get(1)).hasSize(2 * symbols).isSorted().endsWith(1.0);
        assertThat(runs.get(1).getFirst()).isEqualTo(1.0 / (2 * symbols));
    }

    @Test
    void scansTheSampleStocksSavesTheSignalsAndChartsASelectedOneMarked(@TempDir Path out) throws Exception {
        WorkspaceState ws = new WorkspaceState(ctx.bars(), new DirectTaskRunner());
        ScanViewModel vm = vm(ws);
        assertThat(vm.choices().strategy().get()).isEqualTo("dwap-breakout");
        assertThat(vm.choices().universe().get()).isEqualTo("sample-stocks");
        assertThat(vm.params().entries()).extracting(e -> e.spec().name()).contains("period", "threshold");

        vm.run();

        assertThat(vm.busy().get()).isFalse();
        assertThat(vm.signals()).isNotEmpty();
        assertThat(vm.momentum()).hasSize(ScanViewModel.MOMENTUM_TOP);
        assertThat(vm.status().get()).startsWith("dwap-breakout on ").contains("saved");
        Signal first = vm.signals().getFirst();
        assertThat(ScanViewModel.pctAboveTrigger(first)).isEqualTo(100 * first.indicators().get("pct_above_dwap"));
        assertThat(vm.history()).anySatisfy(s -> {
            assertThat(s.strategyId()).isEqualTo("dwap-breakout");
            assertThat(s.date()).isEqualTo(first.date());
            assertThat(s.signals()).isEqualTo(vm.signals().size());
        });

        ws.timeframe().set(Timeframe.MINUTE_1);
        vm.select(first);
        assertThat(ws.symbol().get()).isEqualTo(first.symbol());
        assertThat(ws.timeframe().get()).isEqualTo(Timeframe.DAILY);
        ChartMarks marks = ws.marks().get();
        assertThat(marks.symbol()).isEqualTo(first.symbol());
        assertThat(marks.marks()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(ChartMarks.Kind.SIGNAL);
            assertThat(m.time()).isEqualTo(first.date().toEpochDay());
        });

        vm.filter().set(first.symbol().toLowerCase());
        assertThat(vm.visibleSignals()).extracting(Signal::symbol).allMatch(s -> s.contains(first.symbol()));
        Path csv = out.resolve("signals.csv");
        vm.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).startsWith("id,strategy,symbol,date,price,strong,pct_above_trigger,stop,target,volume_ratio,rank_score");
        assertThat(lines).hasSize(1 + vm.visibleSignals().size());
        assertThat(lines.get(1)).contains(first.symbol() + "," + first.date());
    }

    @Test
    void aSavedScanReopensWithItsSignals() {
        WorkspaceState ws = new WorkspaceState(ctx.bars(), new DirectTaskRunner());
        ScanViewModel first = vm(ws);
        first.run();
        List<Signal> found = List.copyOf(first.signals());
        assertThat(found).isNotEmpty();

        ScanViewModel reopened = vm(ws); // opens the latest saved scan, as a user finds the panel again
        assertThat(reopened.history().getFirst().date()).isEqualTo(found.getFirst().date());
        assertThat(reopened.signals()).extracting(Signal::symbol).containsExactlyElementsOf(found.stream().map(Signal::symbol).toList());
        assertThat(reopened.signals()).extracting(Signal::volumeRatio).containsExactlyElementsOf(found.stream().map(Signal::volumeRatio).toList());
        assertThat(reopened.status().get()).contains("reopened");
    }

    @Test
    void badFieldsShowMessagesAndStopTheScan() {
        DirectTaskRunner tasks = new DirectTaskRunner();
        WorkspaceState ws = new WorkspaceState(ctx.bars(), tasks);
        ScanViewModel vm = vm(ws);
        var period = vm.params().entries().stream().filter(e -> e.spec().name().equals("period")).findFirst().orElseThrow();
        period.field().text().set("abc");
        assertThat(period.field().error().get()).contains("is not an integer");
        vm.choices().symbols().text().set("S001.SX, NOPE");
        assertThat(vm.choices().symbols().error().get()).isEqualTo("no daily bars for NOPE");
        vm.choices().to().text().set("2024-13-01");
        assertThat(vm.choices().to().error().get()).isEqualTo("expected YYYY-MM-DD");
        int before = tasks.submitted();
        vm.run();
        assertThat(tasks.submitted()).isEqualTo(before + 1); // the stored symbols read again, no scan
        assertThat(vm.status().get()).isEqualTo("Fix the fields marked in red first.");
    }
}
