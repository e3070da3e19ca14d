package dev.sextant.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.plugin.testkit.DirectTaskRunner;
import dev.sextant.app.research.DrawingService;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.app.ui.chart.drawing.DrawingsViewModel;
import dev.sextant.engine.drawing.Anchor;
import dev.sextant.engine.drawing.Drawing;
import dev.sextant.engine.drawing.DrawingKind;
import dev.sextant.engine.drawing.DrawingRepository;
import dev.sextant.engine.drawing.DrawingStyle;
import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Redraw time of a pan or zoom step of the chart panel (1600×1000) over 100 000 one-minute bars
 * with three studies and two compare symbols, with 500 bars visible and with all of them: from the key event to the end of
 * the pulse's layout, in which ChartFX draws its canvases (FX-thread time; rasterising runs on the
 * render thread). Median and p95 of 300 steps; then the same with {@value #DRAWINGS} drawings of every kind on
 * the chart (half of them over the last 500 bars).
 * Run with {@code ./mvnw -pl app/workstation -am verify -Dtest=ChartRedrawBenchmark -Dgroups=benchmark
 * -Dui.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}; it prints its numbers.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class ChartRedrawBenchmark {

    static final int STEPS = 300;
    static final int DRAWINGS = 50;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** A random walk of {@code n} bars; daily bars are trading days, intraday bars minutes. */
    static PriceColumns walk(String symbol, Timeframe tf, int n) {
        Random rnd = new Random(42);
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double p = 100;
        for (int i = 0; i < n; i++) {
            t[i] = tf.isIntraday() ? 1_700_000_000L + 60L * i : 10_000 + i;
            o[i] = p;
            p *= Math.exp(rnd.nextGaussian() * (tf.isIntraday() ? 0.001 : 0.012));
            c[i] = p;
            h[i] = Math.max(o[i], c[i]) * (1 + rnd.nextDouble() * 0.004);
            l[i] = Math.min(o[i], c[i]) * (1 - rnd.nextDouble() * 0.004);
            v[i] = 1e5 + rnd.nextDouble() * 1e6;
        }
        return new PriceColumns(symbol, tf, t, o, h, l, c, c.clone(), v);
    }

    /** Serves the two benchmark series from memory. */
    record MemoryBars(List<PriceColumns> series) implements BarRepository {
        @Override
        public List<SeriesInfo> listSeries() {
            return series.stream().map(s -> new SeriesInfo(s.symbol(), s.timeframe(), s.time()[0],
                    s.time()[s.size() - 1], s.size())).toList();
        }

        @Override
        public Optional<PriceColumns> load(String symbol, Timeframe timeframe) {
            return series.stream().filter(s -> s.symbol().equals(symbol) && s.timeframe() == timeframe).findFirst();
        }
    }

    /** The three studies of the benchmark: two overlays and a pane. */
    static final List<StudySpec> THREE_STUDIES = List.of(StudySpec.of("sma:20", "#e0b04c"), StudySpec.of("ema:50", "#4c9be0"),
            StudySpec.of("rsi:14", "#b07ce8"));

    /** Holds the benchmark's drawings in memory. */
    static final class MemoryDrawings implements DrawingRepository {
        private final List<Drawing> drawings = new ArrayList<>();

        @Override
        public List<Drawing> list(String symbol) {
            return drawings.stream().filter(d -> d.symbol().equals(symbol)).toList();
        }

        @Override
        public Drawing add(Drawing drawing) {
            Drawing stored = drawing.withId(drawings.size() + 1L);
            drawings.add(stored);
            return stored;
        }

        @Override
        public void update(Drawing drawing) {
            drawings.replaceAll(d -> d.id() == drawing.id() ? drawing : d);
        }

        @Override
        public void delete(long id) {
            drawings.removeIf(d -> d.id() == id);
        }
    }

    /** {@code n} drawings of every kind in turn on {@code bars}: even ones over the last 500 bars, odd ones anywhere. */
    static MemoryDrawings drawings(PriceColumns bars, int n) {
        MemoryDrawings store = new MemoryDrawings();
        Random rnd = new Random(7);
        DrawingKind[] kinds = DrawingKind.values();
        for (int k = 0; k < n; k++) {
            DrawingKind kind = kinds[k % kinds.length];
            int span = k % 2 == 0 ? 500 : bars.size();
            List<Anchor> anchors = new ArrayList<>();
            for (int a = 0; a < kind.anchors(); a++) {
                int i = bars.size() - 1 - rnd.nextInt(span);
                anchors.add(new Anchor(bars.time()[i], bars.close()[i] * (0.98 + rnd.nextDouble() * 0.04)));
            }
            store.add(Drawing.of(bars.symbol(), kind, bars.timeframe(), anchors,
                    new DrawingStyle("#2f81f7", 1.5, k % 5 == 0, k % 3 == 0), "note " + k));
        }
        return store;
    }

    @Test
    void panAndZoomStepsFromTheKeyEventToTheLaidOutPulse(FxRobot robot) throws Exception {
        for (int drawings : List.of(0, DRAWINGS)) {
            measure(robot, drawings);
        }
    }

    private void measure(FxRobot robot, int drawingCount) throws Exception {
        PriceColumns series = walk("MIN100K", Timeframe.MINUTE_1, 100_000);
        MemoryBars bars = new MemoryBars(List.of(series,
                walk("CMP1", Timeframe.MINUTE_1, 100_000), walk("CMP2", Timeframe.MINUTE_1, 100_000)));
        WorkspaceState ws = new WorkspaceState(bars, new DirectTaskRunner());
        ws.timeframe().set(Timeframe.MINUTE_1);
        ChartViewModel vm = new ChartViewModel(ws, ws.marks(), RegimeSource.NONE, ChartSettingsStore.none());
        DrawingsViewModel drawingsVm = new DrawingsViewModel(ws, new DrawingService(drawings(series, drawingCount)));
        ChartPanel[] panel = new ChartPanel[1];
        robot.interact(() -> {
            panel[0] = new ChartPanel(vm, drawingsVm);
            Scene scene = new Scene(panel[0], 1600, 1000);
            scene.getStylesheets().add(ChartPanel.class.getResource("../sextant.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            ws.symbol().set("MIN100K");
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel[0].charts() != null && !panel[0].charts().hasPendingWrite());
        robot.interact(() -> vm.studies().setAll(THREE_STUDIES)); // the intraday studies, once the series is intraday
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel[0].charts() != null && !panel[0].charts().hasPendingWrite()
                && panel[0].charts().data().studies().size() == 3);
        robot.interact(() -> List.of("CMP1", "CMP2").forEach(vm.compare()::add));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel[0].charts() != null && !panel[0].charts().hasPendingWrite()
                && vm.compare().lines().get().stream().allMatch(l -> l.drawnOn(panel[0].charts().data().bars().time())));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        int size = panel[0].charts().data().bars().size();
        for (boolean wholeSeries : List.of(false, true)) {
            XRange start = wholeSeries ? XRange.all(size) : new XRange(size - 500.5, size - 0.5 + 500 * XRange.MARGIN);
            List<Long> nanos = measure(panel[0], start);
            assertThat(nanos).hasSize(STEPS);
            assertThat(panel[0].charts().candleCount()).isLessThanOrEqualTo((int) (1600 / StackedCharts.PIXELS_PER_CANDLE) + 1);
            List<Long> sorted = nanos.stream().sorted().toList();
            assertThat(drawingsVm.drawings()).hasSize(drawingCount);
            System.out.printf("chart redraw %,d bars, 3 studies, 2 compares, %2d drawings, %-13s median %.2f ms, p95 %.2f ms,"
                    + " max %.2f ms%n", size, drawingCount, wholeSeries ? "all visible:" : "500 visible:", sorted.get(STEPS / 2) / 1e6,
                    sorted.get(STEPS * 95 / 100) / 1e6,
                    sorted.getLast() / 1e6);
        }
    }

    /**
     * From {@code start}, sends one key event per pulse to the panel (pan left, zoom in, pan right,
     * zoom out, as the arrow keys do) and times each from the event to the end of the next pulse's
     * layout, in which ChartFX draws its canvases (FX-thread time; rasterising runs on the render thread).
     */
    private static List<Long> measure(ChartPanel panel, XRange start) throws InterruptedException {
        List<Long> nanos = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        long[] t0 = {0};
        KeyCode[] keys = {KeyCode.LEFT, KeyCode.UP, KeyCode.RIGHT, KeyCode.DOWN};
        Platform.runLater(() -> {
            panel.showRange(start);
            Scene scene = panel.getScene();
            Runnable after = () -> {
                if (t0[0] != 0) {
                    nanos.add(System.nanoTime() - t0[0]);
                    t0[0] = 0;
                }
            };
            scene.addPostLayoutPulseListener(after);
            new AnimationTimer() {
                int step;

                @Override
                public void handle(long now) {
                    if (nanos.size() >= STEPS) {
                        stop();
                        scene.removePostLayoutPulseListener(after);
                        done.countDown();
                        return;
                    }
                    KeyCode key = keys[step++ % keys.length];
                    t0[0] = System.nanoTime();
                    Event.fireEvent(panel, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
                }
            }.start();
        });
        assertThat(done.await(120, TimeUnit.SECONDS)).isTrue();
        return nanos;
    }
}
