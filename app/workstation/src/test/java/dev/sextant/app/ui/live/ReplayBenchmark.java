package dev.sextant.app.ui.live;

import dev.sextant.app.AppContext;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.app.ui.chart.ChartPanel;
import dev.sextant.app.ui.chart.ChartSettingsStore;
import dev.sextant.app.ui.chart.ChartViewModel;
import dev.sextant.app.ui.job.FxTaskRunner;
import dev.sextant.app.ui.shell.Notices;
import dev.sextant.engine.live.LiveStats;
import dev.sextant.engine.live.Sleeper;
import dev.sextant.engine.market.Timeframe;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A replay at 1000x of 10 symbols of the sample market (one session, 2024-12-31) with the 1m chart of
 * IDX.SX open at 1600x1000 and fed by the replay, through the workstation's path (session dispatch
 * thread, one batch per pulse, chart updated in place). Prints: bars per second handed to the
 * charts and made final by the session, chart updates per second, the FX-thread time of a chart
 * update (median, p95, max), and the longest gap between two pulses after the first {@value #WARM_UP}
 * updates (the longest the FX thread was busy while the replay streamed). Run with {@code ./mvnw -pl app/workstation -am test -Dtest=ReplayBenchmark -Dgroups=benchmark
 * -Dui.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class ReplayBenchmark {

    static final List<String> SYMBOLS = List.of("IDX.SX", "COMM.SX", "DISC.SX", "ENRG.SX", "FIN.SX", "HLTH.SX", "INDU.SX",
            "MATL.SX", "REAL.SX", "TECH.SX");

    /** Chart updates before the pulse gaps count: the replay's start reloads the chart (a full build) and warms the JIT. */
    static final int WARM_UP = 20;

    @TempDir
    static Path home;
    static AppContext ctx;
    FxTaskRunner tasks;
    ChartPanel chart;
    ReplayViewModel replay;
    SessionOutputs outputs;
    final List<Long> updateNanos = new ArrayList<>();
    long chartUpdates;
    long maxPulseGap;
    long lastPulse;

    @BeforeAll
    static void seed() {
        ctx = SeededHome.open(home);
    }

    @AfterAll
    static void closeHome() {
        ctx.close();
    }

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner();
        WorkspaceState ws = new WorkspaceState(ctx.bars(), tasks);
        ChartViewModel vm = new ChartViewModel(ws, ws.marks(), ctx.research()::marketRegimes,
                ChartSettingsStore.in(home.resolve("ws")));
        LiveFeed feed = new LiveFeed();
        feed.window().addListener((obs, old, now) -> vm.streamWindow(now));
        feed.addBarListener(batch -> {
            long t0 = System.nanoTime();
            if (vm.streamed(batch)) {
                updateNanos.add(System.nanoTime() - t0);
                chartUpdates++;
            }
        });
        chart = new ChartPanel(vm);
        Notices notices = new Notices();
        outputs = new SessionOutputs(new StreamState(), feed, new CrossAlerts(), new Notifier(() -> stage, notices, new DesktopNotifier()));
        replay = new ReplayViewModel(ctx.live(), ctx.bars(), tasks, Sleeper.REAL, outputs, Map::of);
        Scene scene = new Scene(chart, 1600, 1000);
        scene.getStylesheets().add(ChartPanel.class.getResource("../sextant.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        ws.timeframe().set(Timeframe.MINUTE_1);
        ws.symbol().set("IDX.SX");
    }

    @Test
    void replay1000xOfTenSymbolsWithTheChartOpen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> chart.charts() != null);
        robot.interact(() -> {
            replay.symbols().set(String.join(",", SYMBOLS));
            replay.session().set(LocalDate.of(2024, 12, 31));
            replay.speed().set(1000);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (lastPulse != 0 && chartUpdates > WARM_UP) { // after the start's chart reload and the first updates
                        maxPulseGap = Math.max(maxPulseGap, now - lastPulse);
                    }
                    lastPulse = now;
                }
            }.start();
            replay.startReplay();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> replay.replay().isPresent());
        long t0 = System.nanoTime();
        var session = replay.replay().orElseThrow();
        session.stream().awaitFinished();
        double seconds = (System.nanoTime() - t0) / 1e9;
        session.session().finish();
        session.session().awaitDelivered();
        WaitForAsyncUtils.waitForFxEvents();
        LiveStats stats = session.session().stats();
        long[] sorted = updateNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "replay 1000x of %d symbols, %d minutes, chart of IDX.SX open (1600x1000):%n",
                SYMBOLS.size(), session.stream().state().minutes());
        System.out.printf(Locale.ROOT, "  wall %.1f s; bars final %d (%.0f bars/s); bars to the charts %d (%.0f bars/s)%n",
                seconds, stats.finalBars(), stats.finalBars() / seconds, outputs.barsShown(), outputs.barsShown() / seconds);
        System.out.printf(Locale.ROOT, "  chart updates %d (%.1f /s); FX time per update median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                chartUpdates, chartUpdates / seconds, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "  longest gap between two pulses %.1f ms; crosses %d, fills %d%n", maxPulseGap / 1e6,
                stats.crosses(), stats.fills());
        robot.interact(replay::stopReplay);
        tasks.close();
    }
}
