package dev.sextant.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.app.AppContext;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.app.ui.job.FxTaskRunner;
import dev.sextant.app.ui.live.PulseBatcher;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.StreamedBar;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Bars streamed into a shown 1m chart from another thread: the chart is updated in place (the same
 * panes, no rebuild), the readout and the last-price tag show the new bar, a view that showed the last
 * bar moves on with the zoom kept, a view the user dragged elsewhere stays, and a burst of bars is
 * drawn in far fewer batches than bars.
 */
@ExtendWith(ApplicationExtension.class)
class ChartStreamUiTest {

    @TempDir
    static Path home;
    static AppContext ctx;
    FxTaskRunner tasks;
    ChartPanel panel;
    WorkspaceState ws;
    PulseBatcher<StreamedBar> feed;
    final AtomicInteger applied = new AtomicInteger();

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
        ws = new WorkspaceState(ctx.bars(), tasks);
        ChartViewModel vm = new ChartViewModel(ws, ws.marks(), ctx.research()::marketRegimes,
                ChartSettingsStore.in(home.resolve("ws-" + System.nanoTime())));
        panel = new ChartPanel(vm);
        feed = new PulseBatcher<>(batch -> {
            vm.streamed(batch);
            applied.incrementAndGet();
        });
        Scene scene = new Scene(panel, 1400, 900);
        scene.getStylesheets().add(ChartPanel.class.getResource("../sextant.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        ws.timeframe().set(Timeframe.MINUTE_1);
        ws.symbol().set("IDX.SX");
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    private StackedCharts charts() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.charts() != null && !panel.charts().hasPendingWrite()
                && panel.charts().data().bars().timeframe() == Timeframe.MINUTE_1);
        WaitForAsyncUtils.waitForFxEvents();
        return panel.charts();
    }

    /** A bar {@code minutes} after the last shown one, closing at {@code close}, offered from a thread of its own. */
    private static StreamedBar after(PriceColumns bars, int minutes, double close) {
        long last = bars.time()[bars.size() - 1];
        return new StreamedBar(bars.symbol(), Instant.ofEpochSecond(last + 60L * minutes), close, close + 0.5, close - 0.5,
                close, 1000, false);
    }

    private void offerFromStreamThread(StreamedBar... bars) throws InterruptedException {
        Thread t = Thread.ofPlatform().start(() -> {
            for (StreamedBar b : bars) {
                feed.offer(b);
            }
        });
        t.join();
    }

    private static void waitForSize(StackedCharts c, int size) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> c.data().bars().size() == size && !c.hasPendingWrite());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String readout(FxRobot robot) {
        return robot.lookup("#chart-readout").queryAs(Label.class).getText();
    }

    @Test
    void aNewBarShowsInPlaceAndTheViewOnTheLastBarMovesOnWithTheZoomKept(FxRobot robot) throws Exception {
        StackedCharts c = charts();
        PriceColumns before = c.data().bars();
        XRange range = c.range();
        double close = before.close()[before.size() - 1] + 3.21;

        offerFromStreamThread(after(before, 1, close));
        waitForSize(c, before.size() + 1);

        assertThat(panel.charts()).as("updated in place, not rebuilt").isSameAs(c);
        assertThat(c.range().span()).isCloseTo(range.span(), within(1e-9));
        assertThat(c.range().from() - range.from()).isCloseTo(1, within(1e-9));
        assertThat(readout(robot)).startsWith("IDX.SX 1m  " + BarTimeFormat.label(c.data().bars(), before.size()))
                .contains("C " + ChartViewModel.price(close));
        assertThat(c.lastPriceTag().getText()).isEqualTo(ChartViewModel.price(close));
    }

    @Test
    void aCorrectionReplacesTheLastBarAndAViewDraggedAwayStaysPut(FxRobot robot) throws Exception {
        StackedCharts c = charts();
        XRange start = c.range();
        var canvas = c.priceChart().getCanvas();
        Bounds plot = canvas.localToScreen(canvas.getBoundsInLocal());
        Point2D from = new Point2D(plot.getMinX() + plot.getWidth() * 0.5, plot.getMinY() + plot.getHeight() * 0.4);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(150, 0)).moveTo(from.add(300, 0))
                .release(MouseButton.PRIMARY);
        robot.moveTo("#chart-timeframes"); // off the plot: the readout describes the last bar again
        WaitForAsyncUtils.waitForFxEvents();
        XRange dragged = c.range();
        assertThat(dragged.from()).isLessThan(start.from() - 10);
        PriceColumns before = c.data().bars();
        int last = before.size() - 1;
        long lastTime = before.time()[last];
        double corrected = before.close()[last] * 1.01;

        offerFromStreamThread(
                new StreamedBar("IDX.SX", Instant.ofEpochSecond(lastTime), before.open()[last],
                        Math.max(before.high()[last], corrected), before.low()[last], corrected, before.volume()[last] + 10, true),
                after(before, 1, corrected + 1), after(before, 2, corrected + 2));
        waitForSize(c, before.size() + 2);

        assertThat(panel.charts()).isSameAs(c);
        assertThat(c.range()).as("the user's view").isEqualTo(dragged);
        assertThat(c.data().bars().close()[last]).isEqualTo(corrected);
        assertThat(c.data().bars().time()[last]).isEqualTo(lastTime);
        assertThat(readout(robot)).contains("C " + ChartViewModel.price(corrected + 2));
    }

    @Test
    void aBurstOfBarsFromAStreamThreadIsDrawnInBatchesAndNoneIsLost(FxRobot robot) throws Exception {
        StackedCharts c = charts();
        PriceColumns before = c.data().bars();
        int burst = 600;
        StreamedBar[] bars = new StreamedBar[burst];
        double base = before.close()[before.size() - 1];
        for (int i = 0; i < burst; i++) {
            bars[i] = after(before, i + 1, base + (i % 7) * 0.1);
        }
        int batchesBefore = applied.get();

        offerFromStreamThread(bars);
        waitForSize(c, before.size() + burst);

        int batches = applied.get() - batchesBefore;
        assertThat(batches).as("batches for %d bars", burst).isBetween(1, burst / 4);
        assertThat(panel.charts()).isSameAs(c);
        PriceColumns now = c.data().bars();
        for (int i = 0; i < burst; i++) {
            assertThat(now.time()[before.size() + i]).isEqualTo(bars[i].start().getEpochSecond());
            assertThat(now.close()[before.size() + i]).isEqualTo(bars[i].close());
        }
        assertThat(readout(robot)).contains("C " + ChartViewModel.price(bars[burst - 1].close()));
    }
}
