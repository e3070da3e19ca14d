package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.ui.data.DataPanel;
import dev.sextant.app.ui.shell.Theme;
import dev.sextant.app.ui.walkforward.WalkForwardPanel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Screen;
import software.coley.bentofx.control.Header;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
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
 * The workspace at 1600x1000, headless with real input: the chart's share of the default layout, the import
 * report hidden until it has something to say, the theme switch while a table has focus, no CSS error from the
 * quick-open box, key table columns shown in full, and the walk-forward statistics as tiles with a verdict.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceUiTest {

    @TempDir
    static Path home;
    AppContext ctx;
    Workstation workstation;
    final List<LogRecord> cssLog = new ArrayList<>();
    final Handler cssHandler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                cssLog.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** Seeds the sample home off the FX thread: on a busy machine seeding outlasts TestFX's 30 s set-up limit. */
    @BeforeAll
    static void seed(@TempDir Path scratch) {
        SeededHome.open(scratch).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Files.deleteIfExists(home.resolve("ui/layout.json"));
        Files.deleteIfExists(home.resolve("ui/settings.properties"));
        Logger.getLogger("javafx.css").addHandler(cssHandler);
        ctx = SeededHome.open(home);
        workstation = new Workstation(ctx);
        workstation.show(stage);
    }

    @AfterEach
    void close() {
        Logger.getLogger("javafx.css").removeHandler(cssHandler);
        workstation.tasks().close();
        ctx.close();
    }

    /**
     * Gives a table the keyboard focus with one row selected, as a click on the row would. Not by a click: data rows
     * are drag sources (to a watchlist), and after some test classes earlier in the same JVM headless Monocle turns
     * that click into a drag-and-drop it cannot deliver (CI, 2026-12-07). The key presses under test are real input.
     */
    private static void focusRow(FxRobot robot, TableView<?> table, int row) {
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row);
        });
    }

    private void awaitChart() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workstation.chartPanel().map(p -> p.charts() != null
                && !p.charts().hasPendingWrite()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDefaultLayoutGivesTheChartMoreThanHalfTheWindow() throws Exception {
        awaitChart();
        Node chart = workstation.chartPanel().orElseThrow();
        Bounds b = chart.localToScene(chart.getBoundsInLocal());
        double windowArea = Workstation.WIDTH * Workstation.HEIGHT;
        assertThat(workstation.scene().getWidth()).isEqualTo(Workstation.WIDTH);
        assertThat(workstation.scene().getHeight()).isEqualTo(Workstation.HEIGHT);
        assertThat(b.getHeight() / Workstation.HEIGHT).as("chart height share").isGreaterThanOrEqualTo(0.55);
        assertThat(b.getWidth() * b.getHeight() / windowArea).as("chart area share").isGreaterThanOrEqualTo(0.55);
    }

    @Test
    void theImportReportIsHiddenUntilItHasSomethingToSay(FxRobot robot, @TempDir Path files) throws Exception {
        awaitChart();
        DataPanel data = (DataPanel) workstation.docking().panel("data").orElseThrow();
        TableView<?> series = robot.lookup("#data-series").queryTableView();
        assertThat(data.reportsShown()).isFalse();
        assertThat(robot.lookup("#data-errors").tryQuery()).isEmpty();
        double tableAlone = series.getHeight();
        assertThat(tableAlone).as("the series take the panel's height").isGreaterThan(data.getHeight() - 80);

        Path bad = Files.writeString(files.resolve("BAD.csv"),
                "Date,Open,High,Low,Close,Volume\n2024-01-02,10,11,9,10.5,1000\n2024-01-03,10.5,9,10,11,1200\n");
        robot.interact(() -> data.viewModel().importPaths(List.of(bad)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !data.viewModel().errors().isEmpty() && !data.viewModel().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(data.reportsShown()).isTrue();
        assertThat(robot.lookup("#data-errors").queryListView().isVisible()).isTrue();
        assertThat(robot.lookup("#data-errors").queryListView().getItems()).singleElement().asString().contains("BAD.csv:3");
        assertThat(series.getHeight()).as("the reports take their share of the panel").isLessThan(tableAlone * 0.75);
    }

    @Test
    void ctrlShiftTSwitchesTheThemeWhileATableHasFocus(FxRobot robot) throws Exception {
        awaitChart();
        assertThat(workstation.theme()).isEqualTo(Theme.DARK);
        focusRow(robot, robot.lookup("#data-series").queryAs(TableView.class), 2);
        assertThat(workstation.scene().getFocusOwner()).isInstanceOf(TableView.class);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workstation.theme()).isEqualTo(Theme.LIGHT);
        assertThat(Theme.isDark(workstation.scene().getRoot())).isFalse();
        assertThat(workstation.scene().getFocusOwner()).as("focus stays in the table").isInstanceOf(TableView.class);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workstation.theme()).isEqualTo(Theme.DARK);
        assertThat(Theme.isDark(workstation.scene().getRoot())).isTrue();
    }

    @Test
    void ctrlShiftTSwitchesTheThemeFromATableInAFloatingWindow(FxRobot robot) throws Exception {
        awaitChart();
        Node dataTab = robot.lookup(".header").match(n -> n instanceof Header h && h.getDockable().getIdentifier().equals("data")).query();
        Bounds window = workstation.docking().node().localToScreen(workstation.docking().node().getBoundsInLocal());
        Rectangle2D screen = Screen.getPrimary().getBounds();
        Point2D outside = new Point2D(Math.min(window.getMaxX() + 100, screen.getMaxX() - 5), Math.min(window.getMaxY() + 60, screen.getMaxY() - 5));
        robot.drag(dataTab, MouseButton.PRIMARY).moveTo(new Point2D(window.getCenterX(), window.getCenterY())).moveTo(outside).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workstation.docking().floatingScenes()).hasSize(1);
        Scene floating = workstation.docking().floatingScenes().getFirst();
        TableView<?> table = (TableView<?>) floating.lookup("#data-series");
        focusRow(robot, table, 1);
        assertThat(floating.getFocusOwner()).isSameAs(table);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workstation.theme()).isEqualTo(Theme.LIGHT);
        assertThat(Theme.isDark(floating.getRoot())).isFalse();
        assertThat(Theme.isDark(workstation.scene().getRoot())).isFalse();
    }

    @Test
    void theQuickOpenSuggestionsLogNoCssErrorInEitherTheme(FxRobot robot) throws Exception {
        awaitChart();
        for (int round = 0; round < 2; round++) {
            robot.clickOn("#quick-open").write("S00");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell").tryQuery().isPresent());
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            robot.type(KeyCode.ESCAPE);
            robot.interact(() -> robot.lookup("#quick-open").queryTextInputControl().clear());
            robot.interact(workstation::toggleTheme);
        }
        assertThat(cssLog).extracting(LogRecord::getMessage).isEmpty();
    }

    @Test
    void theScannersColumnsShowTheirValuesInFullAt1600x1000(FxRobot robot) throws Exception {
        awaitChart();
        robot.interact(() -> workstation.openPanel("scanner"));
        robot.interact(() -> FormScroll.toShow(robot.lookup("#scan-run").query()));
        robot.clickOn("#scan-run");
        TableView<?> table = robot.lookup("#scan-signals").queryTableView();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertColumnsShownInFull(table, "Indicators");
    }

    @Test
    void walkForwardFoldsShowEveryColumnInFullAndTheStatisticsAsTilesWithAVerdict(FxRobot robot) throws Exception {
        awaitChart();
        robot.interact(() -> workstation.openPanel("walkforward"));
        WalkForwardPanel panel = (WalkForwardPanel) workstation.docking().panel("walkforward").orElseThrow();
        var vm = panel.viewModel();
        robot.interact(() -> {
            vm.choices().strategy().set("sma-cross");
            vm.choices().universe().set("sample-sectors");
            vm.inSample().text().set("3y");
            vm.outOfSample().text().set("3y");
            vm.sampler().set("random");
            vm.trials().text().set("6");
            vm.seed().text().set("3");
        });
        robot.interact(() -> FormScroll.toShow(robot.lookup("#wf-run").query()));
        robot.clickOn("#wf-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.busy().get() || vm.run().get() != null);
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> vm.run().get() != null && !vm.busy().get());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertColumnsShownInFull(panel.foldsTable(), "In-sample", "Out-of-sample", "IS Sharpe", "OOS Sharpe", "OOS ret %", "Parameters");
        assertThat(robot.lookup("#wf-folds .table-cell").queryAllAs(Labeled.class)).map(Labeled::getText)
                .anySatisfy(t -> assertThat(t).matches("\\d{4}-\\d{2}-\\d{2} – \\d{4}-\\d{2}-\\d{2}"))
                .anySatisfy(t -> assertThat(t).matches("(\\w+=[^,]+)(, \\w+=[^,]+)*"));

        assertThat(robot.lookup("#wf-equity .curve-legend .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly(WalkForwardPanel.OUT_OF_SAMPLE, WalkForwardPanel.IN_SAMPLE_PACE);

        var summary = vm.run().get().summary();
        var stats = java.util.Map.of("WFE", summary.wfe(), "DSR", summary.dsr().statistic(), "PBO", summary.pbo().statistic());
        for (String name : List.of("WFE", "DSR", "PBO")) {
            var expected = dev.sextant.app.ui.walkforward.StatVerdict.of(name, stats.get(name));
            List<String> tile = panel.tile(name);
            assertThat(tile.get(0)).isEqualTo(expected.value());
            assertThat(tile.get(1)).isEqualTo(expected.words()).isNotEqualTo("no run yet");
            assertThat(tile.get(2)).startsWith(name + " " + expected.value() + ": " + expected.words());
            Node node = robot.lookup("#wf-" + name.toLowerCase(java.util.Locale.ROOT)).query();
            assertThat(node.getStyleClass()).contains(expected.styleClass());
            assertThat(node.isVisible()).isTrue();
        }
    }

    /** Every cell of the named columns shows its whole text, and every column lies within the table's visible width. */
    private static void assertColumnsShownInFull(TableView<?> table, String... keyColumns) throws Exception {
        List<String> keys = List.of(keyColumns);
        // rows filled in one pulse are laid out in a later one, and a table may redraw its rows meanwhile: wait until
        // the drawn cells of the key columns all have their height, and measure those cells in the same FX pulse
        AtomicReference<List<String>> problems = new AtomicReference<>();
        AtomicReference<List<String>> columnsSeen = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            List<TableCell<?, ?>> cells = table.lookupAll(".table-row-cell .table-cell").stream()
                    .filter(n -> n instanceof TableCell<?, ?> c && c.isVisible() && !c.isEmpty() && c.getItem() != null
                            && keys.contains(c.getTableColumn().getText()))
                    .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).toList();
            if (cells.isEmpty() || !cells.stream().allMatch(c -> c.getHeight() > 0)) {
                return false;
            }
            problems.set(cells.stream().map(WorkspaceUiTest::cutOff).filter(p -> !p.isEmpty()).toList());
            columnsSeen.set(cells.stream().map(c -> c.getTableColumn().getText()).distinct().toList());
            return true;
        }).get());
        Bounds tableBounds = table.localToScene(table.getBoundsInLocal());
        for (var column : table.getVisibleLeafColumns()) {
            Node header = table.lookup(".column-header.table-column#" + column.getId());
            assertThat(column.getWidth()).as(column.getText() + " width").isPositive();
            if (header != null) {
                assertThat(header.localToScene(header.getBoundsInLocal()).getMaxX()).as(column.getText() + " within the table")
                        .isLessThanOrEqualTo(tableBounds.getMaxX());
            }
        }
        double sum = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertThat(sum).as("all columns fit the table's width (no horizontal scrolling)").isLessThanOrEqualTo(table.getWidth());
        assertThat(problems.get()).as("cells of " + keys + " that do not show their whole value").isEmpty();
        assertThat(columnsSeen.get()).as("drawn cells of every key column").containsExactlyInAnyOrderElementsOf(keys);
    }

    /** What a laid-out cell cuts off of its value, or "" when it shows all of it. */
    private static String cutOff(TableCell<?, ?> cell) {
        String column = cell.getTableColumn().getText();
        if (cell.getGraphic() instanceof Text wrapped) {
            if (!wrapped.getText().equals(String.valueOf(cell.getItem()))) {
                return column + " shows '" + wrapped.getText() + "' of '" + cell.getItem() + "'";
            }
            double height = wrapped.getLayoutBounds().getHeight();
            return height <= cell.getHeight() ? "" : column + " text is " + height + " px high in a row of " + cell.getHeight();
        }
        Text drawn = (Text) cell.lookup(".text");
        return drawn.getText().equals(cell.getText()) ? "" : column + " draws '" + drawn.getText() + "' of '" + cell.getText() + "'";
    }
}
