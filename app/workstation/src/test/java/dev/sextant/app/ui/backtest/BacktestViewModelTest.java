package dev.sextant.app.ui.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.marks.ChartMarks;
import dev.sextant.plugin.testkit.DirectTaskRunner;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.SteppedTaskRunner;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.backtest.SavedRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestViewModelTest {

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

    private static BacktestViewModel vm(WorkspaceState ws) {
        return new BacktestViewModel(services, ws, ws.marks());
    }

    @Test
    void runsSavesReopensComparesAndChartsATrip(@TempDir Path out) throws Exception {
        WorkspaceState ws = new WorkspaceState(ctx.bars(), new DirectTaskRunner());
        BacktestViewModel vm = vm(ws);
        vm.choices().strategy().set("sma-cross");
        vm.choices().symbols().text().set("S001.SX, S002.SX, S003.SX");
        vm.choices().from().text().set("2015-01-01");
        vm.sizing().text().set("fixed-fraction:0.3");
        vm.commission().text().set("bps:5");

        vm.runBacktest();

        SavedRun run = vm.run().get();
        assertThat(run).isNotNull();
        assertThat(run.result().request().symbols()).containsExactly("S001.SX", "S002.SX", "S003.SX");
        assertThat(run.result().request().benchmark()).isEqualTo("IDX.SX");
        assertThat(run.result().request().commission().toString()).isEqualTo("bps:5.0");
        assertThat(run.result().curve().time()[0]).isGreaterThanOrEqualTo(java.time.LocalDate.of(2015, 1, 1).toEpochDay());
        assertThat(vm.trips()).isNotEmpty().hasSize(run.result().roundTrips().size());
        assertThat(vm.status().get()).startsWith("Saved as run " + run.id());
        assertThat(ctx.runs().find(run.id())).isPresent();
        assertThat(vm.history().getFirst().id()).isEqualTo(run.id());

        RoundTrip trip = vm.trips().stream().filter(t -> !t.isOpen()).findFirst().orElseThrow();
        vm.select(trip);
        assertThat(ws.symbol().get()).isEqualTo(trip.symbol());
        ChartMarks marks = ws.marks().get();
        assertThat(marks.focusFrom()).isEqualTo(trip.entryTime());
        assertThat(marks.focusTo()).isEqualTo(trip.exitTime());
        assertThat(marks.marks()).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(ChartMarks.Kind.ENTRY);
            assertThat(m.time()).isEqualTo(trip.entryTime());
        }).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(ChartMarks.Kind.EXIT);
            assertThat(m.time()).isEqualTo(trip.exitTime());
        });

        BacktestViewModel again = vm(new WorkspaceState(ctx.bars(), new DirectTaskRunner()));
        assertThat(again.run().get().id()).isEqualTo(run.id());
        assertThat(again.choices().strategy().get()).isEqualTo("sma-cross");
        assertThat(again.sizing().value()).isEqualTo("fixed-fraction:0.3");
        again.choices().symbols().text().set("S004.SX");
        again.runBacktest();
        again.compareWith(run.id());
        assertThat(again.compare().get().id()).isEqualTo(run.id());
        assertThat(again.run().get().id()).isGreaterThan(run.id());

        Path html = out.resolve("tearsheet.html");
        again.exportTearsheet(html, Map.of("Equity", new byte[] {1, 2, 3}));
        String text = Files.readString(html);
        assertThat(text).contains("<h1>Run " + again.run().get().id()).contains("data:image/png;base64,AQID")
                .contains("run " + run.id() + " (sma-cross)").contains("Monthly returns").contains("Round trips (");
    }

    @Test
    void theProgressBarFollowsTheLoadThenEachSymbolsSignalsAndTheSimulatedDays() {
        SteppedTaskRunner tasks = new SteppedTaskRunner();
        BacktestViewModel vm = vm(new WorkspaceState(ctx.bars(), tasks));
        tasks.runAll();
        vm.choices().strategy().set("sma-cross");
        vm.choices().universe().set("sample-stocks");
        vm.choices().symbols().text().set("");
        vm.choices().from().text().set("2012-01-01");
        List<Double> seen = new ArrayList<>();
        vm.progress().addListener((obs, old, now) -> seen.add(now.doubleValue()));

        vm.runBacktest();
        tasks.runAll();

        SavedRun run = vm.run().get();
        assertThat(vm.status().get()).startsWith("Saved as run " + run.id());
        assertThat(seen.getLast()).as("reset when done").isZero();
        List<List<Double>> runs = SteppedTaskRunner.risingRuns(seen);
        assertThat(runs).as("loading, then backtesting").hasSize(2);
        int symbols = run.result().request().symbols().size();
        assertThat(runs.get(0)).as("unknown, then one step per symbol loaded").hasSize(1 + symbols).startsWith(-1.0);
        // one step per symbol's signals, then one per 256 simulated days and the end
        int days = run.result().curve().time().length;
        long total = symbols + days;
        assertThat(runs.get(1)).hasSize(symbols + (days - 1) / 256 + 1).isSorted().endsWith(1.0);
        assertThat(runs.get(1).getFirst()).isEqualTo(1.0 / total);
        assertThat(runs.get(1).get(symbols)).isEqualTo((symbols + 256.0) / total);
    }

    @Test
    void badFieldsShowMessagesNextToThemAndRunNothing() {
        DirectTaskRunner tasks = new DirectTaskRunner();
        BacktestViewModel vm = vm(new WorkspaceState(ctx.bars(), tasks));
        vm.capital().text().set("-5");
        assertThat(vm.capital().error().get()).isEqualTo("capital must be positive, got -5");
        vm.sizing().text().set("half");
        assertThat(vm.sizing().error().get()).isNotEmpty();
        vm.choices().from().text().set("2020-01-01");
        vm.choices().to().text().set("2019-01-01");
        assertThat(vm.choices().to().error().get()).isEqualTo("before From (2020-01-01)");
        vm.choices().from().text().set("2018-01-01");
        assertThat(vm.choices().to().error().get()).isEmpty();
        vm.benchmark().text().set("NOPE");
        assertThat(vm.benchmark().error().get()).isEqualTo("no daily bars for NOPE");
        int before = tasks.submitted();
        vm.runBacktest();
        assertThat(tasks.submitted()).isEqualTo(before + 1); // the stored symbols read again, no backtest
        assertThat(vm.status().get()).isEqualTo("Fix the fields marked in red first.");
    }

    @Test
    void leverageLiftsTheSizingBoundAndSameCloseReentryNeedsCloseFills() {
        DirectTaskRunner tasks = new DirectTaskRunner();
        BacktestViewModel vm = vm(new WorkspaceState(ctx.bars(), tasks));
        vm.sizing().text().set("fixed-fraction:1.5");
        assertThat(vm.sizing().error().get())
                .isEqualTo("sizing 'fixed-fraction:1.5': the fraction of equity must be in (0, 1] (there is no leverage), got 1.5");
        vm.leverage().text().set("2");
        assertThat(vm.sizing().error().get()).as("the sizing field follows the leverage").isEmpty();
        assertThat(vm.returns().get()).isEqualTo("total");

        vm.reentry().set("same-close");
        int before = tasks.submitted();
        vm.runBacktest();
        assertThat(vm.status().get()).isEqualTo("reentry 'same-close' needs fill 'same-close': with next-open fills"
                + " no position is sold at a close");
        assertThat(tasks.submitted()).isEqualTo(before + 1); // the stored symbols read again, no backtest
    }
}
