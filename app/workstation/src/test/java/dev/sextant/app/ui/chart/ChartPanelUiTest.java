package dev.sextant.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.app.AppContext;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.app.ui.job.FxTaskRunner;
import dev.sextant.engine.market.Timeframe;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import io.fair_acc.chartfx.ui.geometry.Side;
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
 * The chart driven by real input events, headless: mouse moves show the crosshair and the bar
 * under it, a drag pans, the wheel zooms around the pointer, a drag on the price scale stretches
 * it, keys work as soon as the pointer is over the chart (no click), and dragging a divider
 * resizes the panes and is remembered with the workspace.
 */
@ExtendWith(ApplicationExtension.class)
class ChartPanelUiTest {

    @TempDir
    static Path home;
    static AppContext ctx;
    FxTaskRunner tasks;
    ChartPanel panel;
    WorkspaceState ws;
    ChartSettingsStore store;

    /** Seeded once, off the FX thread: seeding in the start method can outlast TestFX's set-up timeout. */
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
        store = ChartSettingsStore.in(home.resolve("ws-" + System.nanoTime()));
        panel = new ChartPanel(new ChartViewModel(ws, ws.marks(), ctx.research()::marketRegimes, store));
        Scene scene = new Scene(panel, 1400, 900);
        scene.getStylesheets().add(ChartPanel.class.getResource("../sextant.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        ws.symbol().set("IDX.SX");
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    private StackedCharts charts() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.charts() != null && !panel.charts().hasPendingWrite());
        WaitForAsyncUtils.waitForFxEvents();
        return panel.charts();
    }

    private static String readout(FxRobot robot) {
        return robot.lookup("#chart-readout").queryAs(Label.class).getText();
    }

    /** The screen point over bar {@code index}, {@code share} of the way down the price plot. */
    private static Point2D overBar(StackedCharts c, double index, double share) {
        var axis = c.timeAxis();
        var canvas = c.priceChart().getCanvas();
        Bounds plot = canvas.localToScreen(canvas.getBoundsInLocal());
        Point2D x = axis.localToScreen(axis.getDisplayPosition(index), 0);
        return new Point2D(x.getX(), plot.getMinY() + plot.getHeight() * share);
    }

    private static double barUnder(StackedCharts c, Point2D screen) {
        var axis = c.timeAxis();
        return axis.getValueForDisplay(axis.screenToLocal(screen).getX());
    }

    @Test
    void mouseMovesShowTheCrosshairAndTheValuesOfTheBarUnderIt(FxRobot robot) throws Exception {
        StackedCharts c = charts();
        int size = c.data().bars().size();
        int last = size - 1;
        assertThat(readout(robot)).startsWith("IDX.SX 1d  " + BarTimeFormat.label(c.data().bars(), last) + "  O ");

        for (int back : new int[] {40, 120}) {
            Point2D at = overBar(c, last - back, 0.5);
            robot.moveTo(at);
            WaitForAsyncUtils.waitForFxEvents();
            int bar = (int) Math.round(barUnder(c, at));
            assertThat(bar).isCloseTo(last - back, within(1));
            assertThat(readout(robot)).startsWith("IDX.SX 1d  " + BarTimeFormat.label(c.data().bars(), bar) + "  O ")
                    .contains("C " + ChartViewModel.price(c.data().bars().close()[bar]));
            ChartData.Study sma50 = c.data().overlays().getFirst();
            assertThat(robot.lookup("#legend-sma-50").queryAs(Label.class).getText())
                    .isEqualTo(ChartViewModel.legend(sma50, bar));
            assertThat(robot.lookup(".crosshair-line").queryAll().stream().anyMatch(Node::isVisible)).isTrue();
            assertThat(robot.lookup(".crosshair-tag").queryAs(Label.class).getText()).isNotEmpty();
        }
    }

    @Test
    void aDragPansTheWheelZoomsAroundThePointerAndKeysWorkWithoutAClick(FxRobot robot) throws Exception {
        StackedCharts c = charts();
        int size = c.data().bars().size();
        XRange before = c.range();
        double barsPerPixel = before.span() / c.timeAxis().getWidth();
        Point2D from = overBar(c, before.from() + before.span() * 0.6, 0.4);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(100, 0)).moveTo(from.add(200, 0))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        XRange panned = c.range();
        // dragging to the right shows earlier bars: by the pixels dragged times bars per pixel
        assertThat(before.from() - panned.from()).isCloseTo(200 * barsPerPixel, within(1.0));
        assertThat(panned.span()).isCloseTo(before.span(), within(1e-9));

        Point2D anchor = overBar(c, panned.from() + panned.span() * 0.3, 0.5);
        robot.moveTo(anchor);
        double anchoredBar = barUnder(c, anchor);
        // Monocle's robot turns TestFX's DOWN into a positive deltaY: the wheel turned away from the user
        robot.scroll(2, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !c.hasPendingWrite());
        XRange zoomed = c.range();
        assertThat(zoomed.span()).isCloseTo(panned.span() * ChartPanel.WHEEL_ZOOM * ChartPanel.WHEEL_ZOOM, within(1e-6));
        double share = (anchoredBar - panned.from()) / panned.span();
        assertThat((anchoredBar - zoomed.from()) / zoomed.span()).as("the bar under the pointer stays there").isCloseTo(share, within(0.01));

        // keys, with the pointer over the chart and no click in between
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c.range().from()).isCloseTo(zoomed.from() - zoomed.span() * 0.1, within(1e-6));
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c.range().from()).isEqualTo(-0.5);
        assertThat(c.range().span()).isCloseTo(zoomed.span(), within(1e-6));
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        // the last bar and the right margin
        assertThat(c.range().to()).isCloseTo(size - 0.5 + Math.max(1, zoomed.span() * XRange.MARGIN), within(1e-6));
        robot.type(KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c.range().span()).isCloseTo(zoomed.span() * 1.25, within(1e-6));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c.range().span()).isCloseTo(before.span(), within(1e-6));
        assertThat(c.range().to()).isCloseTo(before.to(), within(1e-6));
    }

    @Test
    void aDragOnThePriceScaleStretchesItAndEscFitsItAgain(FxRobot robot) throws Exception {
        StackedCharts c = charts();
        var axis = c.priceAxis();
        assertThat(axis.getSide()).isEqualTo(Side.RIGHT);
        double span = axis.getMax() - axis.getMin();
        Bounds scale = axis.localToScreen(axis.getBoundsInLocal());
        Point2D grab = new Point2D(scale.getMinX() + 20, scale.getMinY() + scale.getHeight() / 2);
        robot.moveTo(grab).press(MouseButton.PRIMARY).moveTo(grab.add(0, 40)).moveTo(grab.add(0, 80))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !c.hasPendingWrite());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c.priceScale()).isCloseTo(Math.pow(ChartPanel.SCALE_DRAG, 80), within(1e-6));
        assertThat(axis.getMax() - axis.getMin()).isCloseTo(span * Math.pow(ChartPanel.SCALE_DRAG, 80), within(span * 1e-6));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(axis.getMax() - axis.getMin()).isCloseTo(span, within(span * 1e-6));
    }

    @Test
    void thePricePaneGetsMostOfTheHeightAndADividerDragResizesThePanes(FxRobot robot) throws Exception {
        StackedCharts c = charts();
        assertThat(c.shownPanes()).containsExactly("price", "RSI 14");
        Node price = robot.lookup("#pane-price").query();
        Node rsi = robot.lookup("#pane-rsi-14").query();
        double total = c.getHeight();
        assertThat(price.getBoundsInParent().getHeight()).isGreaterThanOrEqualTo(0.6 * total);
        assertThat(c.volumeAsBars()).isTrue();

        double priceBefore = price.getBoundsInParent().getHeight();
        double rsiBefore = rsi.getBoundsInParent().getHeight();
        Node divider = robot.lookup(".split-pane-divider").query();
        Bounds d = divider.localToScreen(divider.getBoundsInLocal());
        Point2D grab = new Point2D(d.getMinX() + d.getWidth() / 3, d.getCenterY());
        robot.moveTo(grab).press(MouseButton.PRIMARY).moveTo(grab.add(0, -60)).moveTo(grab.add(0, -120))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(price.getBoundsInParent().getHeight()).isCloseTo(priceBefore - 120, within(3.0));
        assertThat(rsi.getBoundsInParent().getHeight()).isCloseTo(rsiBefore + 120, within(3.0));
        ChartSettings saved = store.load();
        assertThat(saved.paneShares().get("price")).isCloseTo((priceBefore - 120) / (total - divider.getBoundsInParent().getHeight()),
                within(0.02));
    }

    @Test
    void theTimeframeSelectorOffersEveryBuildableTimeframeAndSwitchesWithAClick(FxRobot robot) throws Exception {
        charts();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#timeframe-1mo").tryQuery().isPresent());
        // IDX.SX has 1m and 1d bars stored: every timeframe can be built
        assertThat(panel.viewModel().timeframes()).extracting(Timeframe::code)
                .containsExactly("1m", "5m", "15m", "30m", "1h", "1d", "1w", "1mo");
        robot.clickOn("#timeframe-1h");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.charts() != null && !panel.charts().hasPendingWrite()
                && panel.charts().data().bars().timeframe() == Timeframe.HOUR_1);
        WaitForAsyncUtils.waitForFxEvents();
        StackedCharts c = panel.charts();
        // 40 sessions of hours, or all of them when fewer are stored
        int shown = Math.min(ChartViewModel.window(Timeframe.HOUR_1), c.data().bars().size());
        assertThat(c.range().span()).isCloseTo(shown * (1 + XRange.MARGIN), within(1e-6));
        assertThat(readout(robot)).startsWith("IDX.SX 1h  ");
        robot.clickOn("#timeframe-1w");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.charts() != null && !panel.charts().hasPendingWrite()
                && panel.charts().data().bars().timeframe() == Timeframe.WEEKLY);
        assertThat(readout(robot)).startsWith("IDX.SX 1w  ");
        assertThat(ws.timeframe().get()).isEqualTo(Timeframe.WEEKLY);
    }

    @Test
    void anIndexWithoutVolumeGetsNoVolume(FxRobot robot) throws Exception {
        robot.interact(() -> ws.symbol().set("^VOL.SX"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.charts() != null
                && panel.charts().data().bars().symbol().equals("^VOL.SX") && !panel.charts().hasPendingWrite());
        assertThat(panel.charts().volumeAsBars()).isFalse();
        robot.clickOn("#chart-volume-pane");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.charts().shownPanes()).containsExactly("price", "RSI 14");
    }
}
