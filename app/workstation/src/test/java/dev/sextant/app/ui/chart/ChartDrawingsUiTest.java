package dev.sextant.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.app.AppContext;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.app.ui.chart.drawing.DrawingsViewModel;
import dev.sextant.app.ui.job.FxTaskRunner;
import dev.sextant.engine.drawing.Anchor;
import dev.sextant.engine.drawing.BarTimeScale;
import dev.sextant.engine.drawing.Drawing;
import dev.sextant.engine.drawing.DrawingKind;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Line;
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
 * Drawings driven by real input, headless: Alt+T and a drag draw a trend line, a drag on its body moves it (the
 * chart does not pan), it keeps its dates on weekly bars and its prices on a log scale, it is found again by a new
 * panel over a reopened home, and Delete deletes it. Positions are checked against ChartFX's own axes, not the
 * drawing code's mapping.
 */
@ExtendWith(ApplicationExtension.class)
class ChartDrawingsUiTest {

    static final String SYMBOL = "IDX.SX";
    @TempDir
    static Path home;
    static AppContext ctx;
    FxTaskRunner tasks;
    ChartPanel panel;
    WorkspaceState ws;
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
        open();
        stage.show();
    }

    /** A new panel (and task runner) on the current home's services, as a fresh start of the workstation builds it. */
    private void open() {
        tasks = new FxTaskRunner();
        ws = new WorkspaceState(ctx.bars(), tasks);
        ChartSettingsStore store = ChartSettingsStore.in(home.resolve("ws-" + System.nanoTime()));
        panel = new ChartPanel(new ChartViewModel(ws, ws.marks(), RegimeSource.NONE, store),
                new DrawingsViewModel(ws, ctx.drawings()));
        Scene scene = new Scene(panel, 1400, 900);
        scene.getStylesheets().add(ChartPanel.class.getResource("../sextant.css").toExternalForm());
        stage.setScene(scene);
        ws.symbol().set(SYMBOL);
    }

    /** Each test starts without drawings, whatever the one before left. */
    @AfterEach
    void close() {
        tasks.close();
        stored().forEach(ctx.drawings()::delete);
    }

    private StackedCharts charts(Timeframe tf) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.charts() != null && !panel.charts().hasPendingWrite()
                && panel.charts().data().bars().timeframe() == tf);
        WaitForAsyncUtils.waitForFxEvents();
        return panel.charts();
    }

    /** The screen point of (bar index, price), by ChartFX's axes. */
    private static Point2D screen(StackedCharts c, double index, double price) {
        var x = c.timeAxis();
        var y = c.priceAxis();
        return new Point2D(x.localToScreen(x.getDisplayPosition(index), 0).getX(),
                y.localToScreen(0, y.getDisplayPosition(price)).getY());
    }

    /** (bar index, price) at a screen point, by ChartFX's axes. */
    private static double[] value(StackedCharts c, Point2D screen) {
        var x = c.timeAxis();
        var y = c.priceAxis();
        return new double[] {x.getValueForDisplay(x.screenToLocal(screen).getX()),
                y.getValueForDisplay(y.screenToLocal(screen).getY())};
    }

    /** The price one screen pixel spans around {@code price}. */
    private static double pricePerPixel(StackedCharts c, double price) {
        var y = c.priceAxis();
        double at = y.getDisplayPosition(price);
        return Math.abs(y.getValueForDisplay(at - 1) - price);
    }

    private static List<Drawing> stored() {
        return ctx.drawings().of(SYMBOL);
    }

    /** The on-screen ends of the stored drawing's line (its group's first line), in screen coordinates. */
    private static Point2D[] lineEnds(FxRobot robot, long id) {
        Line line = (Line) robot.lookup("#drawing-" + id).queryAs(javafx.scene.Group.class).getChildren().stream()
                .filter(n -> n instanceof Line).findFirst().orElseThrow();
        return new Point2D[] {line.localToScreen(line.getStartX(), line.getStartY()),
                line.localToScreen(line.getEndX(), line.getEndY())};
    }

    /** The entry {@code text} of the context menu now showing. */
    private static Node menuEntry(FxRobot robot, String text) {
        return robot.lookup(".context-menu .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.getText().equals(text) && l.isVisible()).findFirst().orElseThrow();
    }

    private static long dayStart(PriceColumns bars, int i) {
        return BarTimeScale.dayStart(bars.date(i));
    }

    @Test
    void drawMoveChangeTimeframeRestartAndDeleteATrendLine(FxRobot robot) throws Exception {
        StackedCharts c = charts(Timeframe.DAILY);
        PriceColumns bars = c.data().bars();
        int last = bars.size() - 1;
        int i1 = last - 80;
        int i2 = last - 30;
        Point2D a = screen(c, i1, bars.close()[i1]);
        Point2D b = screen(c, i2, bars.close()[i2]);

        // Alt+T takes the trend line tool once the pointer is over the chart
        robot.moveTo(a);
        robot.press(KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chart-draw").queryAs(MenuButton.class).getText()).isEqualTo("Trend line");
        XRange before = c.range();
        robot.press(MouseButton.PRIMARY).moveTo(a.midpoint(b)).moveTo(b).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        Drawing drawn = stored().getFirst();
        assertThat(drawn.kind()).isEqualTo(DrawingKind.TREND_LINE);
        assertThat(drawn.drawnOn()).isEqualTo(Timeframe.DAILY);
        assertThat(c.range()).as("drawing does not pan").isEqualTo(before);
        // the anchors are the bars pressed and released on, at the prices there (within two pixels)
        assertThat(drawn.first().time()).isEqualTo(dayStart(bars, (int) Math.round(value(c, a)[0])));
        assertThat(Math.round(value(c, a)[0])).isEqualTo(i1);
        assertThat(drawn.last().time()).isEqualTo(dayStart(bars, i2));
        assertThat(drawn.first().price()).isCloseTo(bars.close()[i1], within(2 * pricePerPixel(c, bars.close()[i1])));
        assertThat(drawn.last().price()).isCloseTo(bars.close()[i2], within(2 * pricePerPixel(c, bars.close()[i2])));
        Point2D[] ends = lineEnds(robot, drawn.id());
        assertThat(ends[0].distance(a)).as("line starts where the drag started").isLessThan(2.0);
        assertThat(ends[1].distance(b)).as("line ends where the drag ended").isLessThan(2.0);
        assertThat(robot.lookup(".drawing-handle").queryAll()).as("the new line is selected").hasSize(2);

        // a drag on the body moves it whole, 10 bars right and 40 px up; the chart stays put
        double pixelsPerBar = c.timeAxis().getWidth() / c.range().span();
        Point2D grab = a.midpoint(b);
        Point2D drop = grab.add(10 * pixelsPerBar, -40);
        double priceUp = value(c, a.add(0, -40))[1] - value(c, a)[1];
        robot.moveTo(grab).press(MouseButton.PRIMARY).moveTo(grab.midpoint(drop)).moveTo(drop).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored().getFirst().first().time() != drawn.first().time());
        WaitForAsyncUtils.waitForFxEvents();
        Drawing moved = stored().getFirst();
        assertThat(c.range()).as("moving a drawing does not pan").isEqualTo(before);
        assertThat(moved.first().time()).isEqualTo(dayStart(bars, i1 + 10));
        assertThat(moved.last().time()).isEqualTo(dayStart(bars, i2 + 10));
        assertThat(moved.first().price() - drawn.first().price()).isCloseTo(priceUp, within(2 * pricePerPixel(c, drawn.first().price())));

        // weekly bars: each anchor lands inside the week that holds its date, at its price
        robot.clickOn("#timeframe-1w");
        StackedCharts w = charts(Timeframe.WEEKLY);
        PriceColumns weeks = w.data().bars();
        Point2D[] weekly = lineEnds(robot, moved.id());
        for (int k = 0; k < 2; k++) {
            Anchor anchor = moved.anchors().get(k);
            LocalDate date = LocalDate.ofEpochDay(anchor.time() / 86_400);
            int week = weeks.indexAtOrAfter(date.toEpochDay() + 1) - 1; // the last week starting on or before the date
            assertThat(LocalDate.ofEpochDay(weeks.time()[week]).getDayOfWeek().getValue()).isLessThanOrEqualTo(date.getDayOfWeek().getValue());
            double[] at = value(w, weekly[k]);
            assertThat(at[0]).as("anchor %d (%s) on weekly bars", k, date).isBetween(week - 0.5, week + 0.5);
            assertThat(at[1]).isCloseTo(anchor.price(), within(2 * pricePerPixel(w, anchor.price())));
        }
        assertThat(stored()).as("changing the timeframe stores nothing").containsExactly(moved);

        // log scale: the ends stay on their prices by ChartFX's log axis
        robot.clickOn("#chart-log");
        StackedCharts log = charts(Timeframe.WEEKLY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> log.priceAxis().isLogAxis());
        WaitForAsyncUtils.waitForFxEvents();
        Point2D[] logEnds = lineEnds(robot, moved.id());
        for (int k = 0; k < 2; k++) {
            assertThat(value(log, logEnds[k])[1]).isCloseTo(moved.anchors().get(k).price(),
                    within(2 * pricePerPixel(log, moved.anchors().get(k).price())));
        }

        // restart: a new context on the same home, a new panel; the line is there and in the list
        robot.interact(() -> tasks.close());
        ctx.close();
        ctx = AppContext.open(home, false, new PrintWriter(new StringWriter()), ProgressSink.NONE);
        robot.interact(this::open);
        StackedCharts again = charts(Timeframe.DAILY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#drawing-" + moved.id()).tryQuery().isPresent());
        robot.clickOn("#chart-drawings-list");
        ListView<?> rows = robot.lookup("#chart-drawing-rows").queryAs(ListView.class);
        assertThat(rows.getItems()).hasSize(1);
        assertThat(DrawingsViewModel.describe((Drawing) rows.getItems().getFirst()))
                .startsWith("Trend line  " + bars.date(i1 + 10) + " ");
        Point2D[] restarted = lineEnds(robot, moved.id());
        assertThat(Math.round(value(again, restarted[0])[0])).isEqualTo(i1 + 10);

        // a click on the line selects it, Delete deletes it from the chart, the list and the store
        robot.clickOn(restarted[0].midpoint(restarted[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".drawing-handle").queryAll()).hasSize(2);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".drawing").queryAll()).isEmpty();
        assertThat(rows.getItems()).isEmpty();
    }

    @Test
    void theContextMenuEditsADrawingsStyleAndDeletesIt(FxRobot robot) throws Exception {
        StackedCharts c = charts(Timeframe.DAILY);
        PriceColumns bars = c.data().bars();
        int last = bars.size() - 1;
        Point2D a = screen(c, last - 70, bars.low()[last - 70]);
        Point2D b = screen(c, last - 40, bars.high()[last - 40]);
        robot.clickOn("#chart-draw").clickOn("#draw-rectangle");
        robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(a.midpoint(b)).moveTo(b).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored().size() == 1);
        Drawing box = stored().getFirst();
        assertThat(box.kind()).isEqualTo(DrawingKind.RECTANGLE);

        // right press inside the box: its menu; Edit: extend right, width 3
        Point2D inside = a.midpoint(b);
        robot.moveTo(inside).press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        robot.clickOn(menuEntry(robot, "Edit ..."));
        robot.clickOn("#drawing-extend-right");
        robot.doubleClickOn("#drawing-width .text-field").write("3");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored().getFirst().style().extendRight());
        WaitForAsyncUtils.waitForFxEvents();
        Drawing edited = stored().getFirst();
        assertThat(edited.style().width()).isEqualTo(3);
        assertThat(edited.anchors()).isEqualTo(box.anchors());
        // extended right, the box reaches the plot's right edge
        var plot = c.priceChart().getPlotBackground();
        double plotRight = plot.localToScreen(plot.getBoundsInLocal()).getMaxX();
        double boxRight = robot.lookup("#drawing-" + edited.id()).queryAs(javafx.scene.Group.class).localToScreen(
                robot.lookup("#drawing-" + edited.id()).queryAs(javafx.scene.Group.class).getBoundsInLocal()).getMaxX();
        assertThat(boxRight).isCloseTo(plotRight, within(3.0));

        robot.moveTo(inside).press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        robot.clickOn(menuEntry(robot, "Delete"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#drawing-" + edited.id()).tryQuery()).isEmpty();
    }

    @Test
    void shiftSnapsAHorizontalLineToTheNearestPriceOfTheBarAndEscCancelsATool(FxRobot robot) throws Exception {
        StackedCharts c = charts(Timeframe.DAILY);
        PriceColumns bars = c.data().bars();
        int i = bars.size() - 50;
        // a few pixels above the bar's high: Shift puts the line on the high exactly
        Point2D nearHigh = screen(c, i, bars.high()[i]).add(0, -3);
        robot.moveTo(nearHigh);
        robot.press(KeyCode.ALT, KeyCode.H).release(KeyCode.H, KeyCode.ALT);
        robot.press(KeyCode.SHIFT).press(MouseButton.PRIMARY).release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored().stream().anyMatch(d -> d.kind() == DrawingKind.HORIZONTAL_LINE));
        Drawing level = stored().stream().filter(d -> d.kind() == DrawingKind.HORIZONTAL_LINE).findFirst().orElseThrow();
        assertThat(level.first().price()).isEqualTo(bars.high()[i]);
        assertThat(level.first().time()).isEqualTo(dayStart(bars, i));

        // Esc puts a chosen tool down without resetting the view; the next drag pans
        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chart-draw").queryAs(MenuButton.class).getText()).isEqualTo("Rectangle");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chart-draw").queryAs(MenuButton.class).getText()).isEqualTo("Draw");
        XRange before = c.range();
        Point2D from = screen(c, i + 20, bars.low()[i] * 0.9);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(60, 0)).moveTo(from.add(120, 0)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c.range().from()).isLessThan(before.from());
        assertThat(stored()).hasSize(1);

        // hiding all drawings takes them off the chart
        robot.clickOn("#chart-drawings-hidden");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".drawing").queryAll().stream().filter(Node::isVisible)).isEmpty();
        robot.clickOn("#chart-drawings-hidden");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#drawing-" + level.id()).tryQuery()).isPresent();
        robot.interact(() -> ctx.drawings().delete(level));
    }
}
