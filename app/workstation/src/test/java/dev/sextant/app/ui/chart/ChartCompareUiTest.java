package dev.sextant.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.app.ui.chart.compare.ComparePalette;
import dev.sextant.app.ui.job.FxTaskRunner;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import io.fair_acc.dataset.DataSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
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
 * Compare symbols driven by real input, headless: "Compare ..." and the keyboard shortcut add symbols
 * through the type-ahead chooser; under the crosshair each legend entry shows the change from the
 * first visible bar, checked against the percentage worked out from the stored bars by a plain scan;
 * a drag re-bases it; the symbols follow a timeframe change, come back when the panel is rebuilt from
 * the saved settings, and go with their x button or their context menu.
 */
@ExtendWith(ApplicationExtension.class)
class ChartCompareUiTest {

    @TempDir
    static Path home;
    static AppContext ctx;
    FxTaskRunner tasks;
    ChartPanel panel;
    WorkspaceState ws;
    ChartSettingsStore store;
    Stage stage;

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
        this.stage = stage;
        tasks = new FxTaskRunner();
        ws = new WorkspaceState(ctx.bars(), tasks);
        store = ChartSettingsStore.in(home.resolve("ws-" + System.nanoTime()));
        panel = newPanel();
        Scene scene = new Scene(panel, 1400, 900);
        scene.getStylesheets().add(ChartPanel.class.getResource("../sextant.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        ws.symbol().set("IDX.SX");
    }

    private ChartPanel newPanel() {
        return new ChartPanel(new ChartViewModel(ws, ws.marks(), ctx.research()::marketRegimes, store));
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

    /** Waits until {@code symbol}'s line is drawn on the chart's bars, and gives its data set. */
    private DataSet compareLine(String symbol) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.charts() != null && !panel.charts().hasPendingWrite()
                && lineOf(panel.charts(), symbol) != null && lineOf(panel.charts(), symbol).getDataCount() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        return lineOf(panel.charts(), symbol);
    }

    private static DataSet lineOf(StackedCharts c, String symbol) {
        return c.priceChart().getRenderers().stream().flatMap(r -> r.getDatasets().stream())
                .filter(ds -> ds.getName().equals("compare " + symbol)).findFirst().orElse(null);
    }

    private static String legend(FxRobot robot, String id) {
        return robot.lookup("#compare-legend-" + id).queryAs(Label.class).getText();
    }

    private static Point2D overBar(StackedCharts c, double index) {
        var axis = c.timeAxis();
        var canvas = c.priceChart().getCanvas();
        Bounds plot = canvas.localToScreen(canvas.getBoundsInLocal());
        Point2D x = axis.localToScreen(axis.getDisplayPosition(index), 0);
        return new Point2D(x.getX(), plot.getMinY() + plot.getHeight() * 0.6);
    }

    /**
     * The legend text worked out from the stored bars by a plain scan: the compare symbol's last close on
     * or before the main bar's date, at the first visible bar and at bar {@code at}.
     */
    private static String expected(String symbol, PriceColumns main, int first, int at) {
        PriceColumns other = ctx.bars().load(symbol, main.timeframe()).orElseThrow();
        double from = closeOnOrBefore(other, main.time()[first]);
        double to = closeOnOrBefore(other, main.time()[at]);
        assertThat(from).as(symbol + " has a close at the first visible bar").isNotNaN();
        return symbol + "  " + String.format(Locale.ROOT, "%+.2f%%", 100 * (to / from - 1));
    }

    private static double closeOnOrBefore(PriceColumns bars, long time) {
        double close = Double.NaN;
        for (int i = 0; i < bars.size() && bars.time()[i] <= time; i++) {
            close = bars.close()[i];
        }
        return close;
    }

    /** Waits until the chooser is open with the typing in its filter field. */
    private static void awaitChooser(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#compare-filter").tryQuery()
                .filter(javafx.scene.Node::isFocused).isPresent());
    }

    private static int firstVisible(StackedCharts c) {
        return c.range().bars(c.data().bars().size())[0];
    }

    @Test
    void addedSymbolsShowTheirChangeFromTheFirstVisibleBarUnderTheCrosshairAndComeBackAfterARestart(FxRobot robot)
            throws Exception {
        StackedCharts c = charts();
        robot.clickOn("#chart-compare");
        awaitChooser(robot);
        robot.clickOn("#compare-filter").write("s002");
        robot.type(KeyCode.ENTER);
        DataSet line = compareLine("S002.SX");
        c = charts();
        PriceColumns main = c.data().bars();
        int last = main.size() - 1;

        for (int back : new int[] {30, 150}) {
            Point2D at = overBar(c, last - back);
            robot.moveTo(at);
            WaitForAsyncUtils.waitForFxEvents();
            int bar = panel.viewModel().hoverIndex().get();
            assertThat(bar).isBetween(last - back - 1, last - back + 1);
            assertThat(legend(robot, "s002-sx")).isEqualTo(expected("S002.SX", main, firstVisible(c), bar));
        }
        // the line is drawn in the symbol's colour, starting on the main close at the first visible bar
        assertThat(robot.lookup("#compare-legend-s002-sx").queryAs(Label.class).getTextFill())
                .isEqualTo(Color.web(ComparePalette.colour(0)));
        assertThat(line.get(DataSet.DIM_Y, 0)).isEqualTo(main.close()[firstVisible(c)], org.assertj.core.api.Assertions.within(1e-9));

        // a drag to the right shows earlier bars: the percentages are measured from the new first visible bar
        int before = firstVisible(c);
        Point2D grab = overBar(c, last - 100);
        robot.moveTo(grab).press(MouseButton.PRIMARY).moveTo(grab.add(150, 0)).moveTo(grab.add(300, 0))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !panel.charts().hasPendingWrite());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstVisible(c)).isLessThan(before);
        int bar = panel.viewModel().hoverIndex().get();
        assertThat(legend(robot, "s002-sx")).isEqualTo(expected("S002.SX", main, firstVisible(c), bar));

        // the mouse away from the chart: the last visible bar
        robot.moveTo("#chart-compare");
        WaitForAsyncUtils.waitForFxEvents();
        int lastVisible = c.range().bars(main.size())[1] - 1;
        assertThat(legend(robot, "s002-sx")).isEqualTo(expected("S002.SX", main, firstVisible(c), lastVisible));

        // a second symbol with the keyboard shortcut, the pointer over the chart
        robot.moveTo(overBar(c, last - 60));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitChooser(robot);
        robot.clickOn("#compare-filter").write("S003");
        robot.type(KeyCode.ENTER);
        compareLine("S003.SX");
        assertThat(store.load().compareSymbols()).containsExactly("S002.SX", "S003.SX");

        // the symbols follow the timeframe
        robot.clickOn("#timeframe-1w");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.charts() != null
                && panel.charts().data().bars().timeframe() == Timeframe.WEEKLY);
        compareLine("S003.SX");
        c = charts();
        PriceColumns weeks = c.data().bars();
        robot.moveTo(overBar(c, weeks.size() - 20));
        WaitForAsyncUtils.waitForFxEvents();
        bar = panel.viewModel().hoverIndex().get();
        assertThat(bar).isGreaterThan(0);
        // weekly bars are stamped with their first trading day; a plain scan by time is right when both symbols
        // trade on the same days, as the sample market's do
        assertThat(legend(robot, "s003-sx")).isEqualTo(expected("S003.SX", weeks, firstVisible(c), bar));
        robot.clickOn("#timeframe-1d");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.charts() != null
                && panel.charts().data().bars().timeframe() == Timeframe.DAILY);

        // restart: a new panel from the saved settings finds both symbols again
        robot.interact(() -> {
            panel = newPanel();
            stage.getScene().setRoot(panel);
        });
        compareLine("S002.SX");
        compareLine("S003.SX");
        assertThat(legend(robot, "s002-sx")).startsWith("S002.SX  ").endsWith("%");
        assertThat(robot.lookup("#compare-legend-s003-sx").queryAs(Label.class).getTextFill())
                .isEqualTo(Color.web(ComparePalette.colour(1)));

        // removal: the x button, then the legend entry's context menu
        robot.clickOn("#compare-remove-s002-sx");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#compare-legend-s002-sx").tryQuery()).isEmpty();
        assertThat(lineOf(panel.charts(), "S002.SX")).isNull();
        robot.rightClickOn("#compare-legend-s003-sx");
        robot.clickOn("Remove S003.SX");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#compare-legend-s003-sx").tryQuery()).isEmpty();
        assertThat(store.load().compareSymbols()).isEqualTo(List.of());
    }
}
