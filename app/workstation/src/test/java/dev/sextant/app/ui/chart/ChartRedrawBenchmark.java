package dev.sextant.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.research.BacktestRegimes;
import dev.sextant.app.research.RegimeSymbols;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.plugin.testkit.DirectTaskRunner;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import dev.sextant.app.ui.WorkspaceState;
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
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Median redraw time of a pan or zoom step of the chart panel (1200×800) over 20 years of daily
 * bars (without and with regime shading, the regime changing every 12 bars) and over 100 000
 * one-minute bars: from the new range to the end of the pulse's layout,
 * in which ChartFX draws its canvases (FX-thread time; rasterising runs on the render thread).
 * Run with {@code ./mvnw -pl app/workstation -am verify -Dtest=ChartRedrawBenchmark -Dgroups=benchmark
 * -Dui.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}; it prints its numbers.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class ChartRedrawBenchmark {

    static final int STEPS = 300;
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

    /**
     * A regime for every day of {@code bars} that changes every {@code days} bars, cycling through
     * the seven: more bands than a real index has (the worst case for the shading).
     */
    static BacktestRegimes.Classified regimeEvery(PriceColumns bars, int days) {
        SortedMap<LocalDate, MarketRegime> byDate = new TreeMap<>();
        for (int i = 0; i < bars.size(); i++) {
            byDate.put(LocalDate.ofEpochDay(bars.time()[i]), MarketRegime.values()[(i / days) % MarketRegime.COUNT]);
        }
        return new BacktestRegimes.Classified(new RegimeSymbols("DAILY20Y", null), byDate);
    }

    @Test
    void medianRedrawOfPanAndZoomSteps(FxRobot robot) throws Exception {
        MemoryBars bars = new MemoryBars(List.of(walk("DAILY20Y", Timeframe.DAILY, 20 * 252),
                walk("MIN100K", Timeframe.MINUTE_1, 100_000)));
        PriceColumns daily = bars.series().getFirst();
        for (String run : List.of("DAILY20Y", "DAILY20Y+regimes", "MIN100K")) {
            String symbol = run.replace("+regimes", "");
            WorkspaceState ws = new WorkspaceState(bars, new DirectTaskRunner());
            ws.timeframe().set(symbol.equals("DAILY20Y") ? Timeframe.DAILY : Timeframe.MINUTE_1);
            ChartViewModel vm = new ChartViewModel(ws, ws.marks(), () -> Optional.of(regimeEvery(daily, 12)), ChartSettingsStore.none());
            vm.regimeShading().set(run.endsWith("+regimes"));
            ChartPanel[] panel = new ChartPanel[1];
            robot.interact(() -> {
                panel[0] = new ChartPanel(vm);
                Scene scene = new Scene(panel[0], 1200, 800);
                scene.getStylesheets().add(ChartPanel.class.getResource("../sextant.css").toExternalForm());
                stage.setScene(scene);
                stage.show();
                ws.symbol().set(symbol);
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> panel[0].charts() != null && !panel[0].charts().hasPendingWrite());
            assertThat(vm.regimeBands().get() != null).isEqualTo(run.endsWith("+regimes"));
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            for (boolean wholeSeries : List.of(false, true)) {
                List<Long> nanos = measure(panel[0], wholeSeries);
                assertThat(nanos).hasSize(STEPS);
                assertThat(panel[0].charts().candleCount())
                        .isLessThanOrEqualTo((int) (1200 / StackedCharts.PIXELS_PER_CANDLE) + 1);
                List<Long> sorted = nanos.stream().sorted().toList();
                System.out.printf("chart redraw %-16s %-12s %,7d bars: median %.2f ms, p90 %.2f ms, max %.2f ms%n",
                        run, wholeSeries ? "whole series" : "recent view", panel[0].charts().data().bars().size(),
                        sorted.get(STEPS / 2) / 1e6, sorted.get(STEPS * 9 / 10) / 1e6, sorted.getLast() / 1e6);
            }
        }
    }

    /** Pans and zooms step by step, one step per pulse, and times each step's pulse up to the end of layout. */
    private static List<Long> measure(ChartPanel panel, boolean wholeSeries) throws InterruptedException {
        List<Long> nanos = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        long[] t0 = {0};
        int size = panel.charts().data().bars().size();
        Platform.runLater(() -> {
            panel.showRange(wholeSeries ? XRange.all(size) : panel.charts().range());
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
                    XRange r = panel.charts().range();
                    XRange next = switch (step++ % 4) {
                        case 0 -> r.pan(-r.span() * 0.02, size);
                        case 1 -> r.zoom(0.9, (r.from() + r.to()) / 2, size);
                        case 2 -> r.pan(r.span() * 0.02, size);
                        default -> r.zoom(1 / 0.9, (r.from() + r.to()) / 2, size);
                    };
                    t0[0] = System.nanoTime();
                    panel.showRange(next);
                }
            }.start();
        });
        assertThat(done.await(120, TimeUnit.SECONDS)).isTrue();
        return nanos;
    }
}
