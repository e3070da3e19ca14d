package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.ui.chart.ChartData;
import dev.sextant.app.ui.shell.Screenshot;
import dev.sextant.app.ui.shell.Theme;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.scan.SessionCross;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Crosses panel in the headless workstation on the sample market (IDX.SX and S001.SX have
 * minute bars up to 2024-12-31), driven by the robot: choosing 5m then 1m in the timeframe box and
 * pressing Scan lists the latest session's crosses; clicking a row charts its symbol on 1-minute
 * bars with the session's crosses marked; the Down key moves to the next row and the chart
 * follows. Screenshots of the result in the dark and the light theme go to
 * {@code target/screenshots/crosses-{dark,light}.png}.
 */
class CrossesPanelUiTest {

    @RegisterExtension
    final HeadlessWorkstation app = new HeadlessWorkstation();

    @SuppressWarnings("unchecked")
    private static TableView<SessionCross> table(FxRobot robot) {
        return robot.lookup("#crosses-table").queryAs(TableView.class);
    }

    private static TableRow<?> shownRow(FxRobot robot, int index) {
        return robot.lookup("#crosses-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.isVisible() && !r.isEmpty() && r.getIndex() == index).findFirst()
                .orElseThrow(() -> new AssertionError("row " + index + " is not shown"));
    }

    private static String cell(FxRobot robot, int index, String column) {
        return robot.from(shownRow(robot, index)).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn().getText().equals(column)).findFirst().orElseThrow().getText();
    }

    /** Opens the timeframe box and clicks {@code code} in its drop-down list (the chart's tool bar has buttons with the same text). */
    private static void choose(FxRobot robot, String code) throws Exception {
        robot.clickOn("#crosses-timeframe");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".combo-box-popup .list-cell").tryQuery().isPresent());
        ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> code.equals(c.getText()) && c.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in the timeframe list"));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chartShowsMinutesOf(String symbol) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.workstation().chartPanel()
                .map(p -> p.charts() != null && !p.charts().hasPendingWrite() && p.charts().data() != null
                        && p.charts().data().bars().symbol().equals(symbol)
                        && p.charts().data().bars().timeframe() == Timeframe.MINUTE_1
                        && !p.viewModel().markedByOthers().isEmpty())
                .orElse(false));
    }

    @Test
    void scanningListsTheSessionsCrossesAndARowChartsThemMarked(FxRobot robot) throws Exception {
        robot.interact(() -> app.workstation().openPanel("crosses"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#crosses-run").tryQuery().isPresent());

        choose(robot, "5m");
        assertThat(robot.lookup("#crosses-timeframe").queryAs(ComboBox.class).getValue()).isEqualTo(Timeframe.MINUTE_5);
        choose(robot, "1m");
        assertThat(robot.lookup("#crosses-timeframe").queryAs(ComboBox.class).getValue()).isEqualTo(Timeframe.MINUTE_1);
        robot.clickOn("#crosses-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table(robot).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        String status = robot.lookup("#crosses-status").queryAs(Label.class).getText();
        assertThat(status).matches("\\d+ cross\\(es\\) in the latest session of 13 symbol\\(s\\) at 1m; 1\\d\\d without minute bars left out\\.");
        List<SessionCross> rows = table(robot).getItems();
        assertThat(rows).extracting(SessionCross::symbol).containsOnly("IDX.SX", "S001.SX", "COMM.SX", "DISC.SX",
                "ENRG.SX", "FIN.SX", "HLTH.SX", "INDU.SX", "MATL.SX", "REAL.SX", "STPL.SX", "TECH.SX", "UTIL.SX");
        assertThat(cell(robot, 0, "Time (NY)")).startsWith("12-31 ");
        assertThat(cell(robot, 0, "Direction")).isIn("up", "down");
        assertThat(cell(robot, 0, "Symbol")).isEqualTo(rows.getFirst().symbol());
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).time()).as("latest first").isLessThanOrEqualTo(rows.get(i - 1).time());
        }

        robot.clickOn(shownRow(robot, 0));
        String first = rows.getFirst().symbol();
        chartShowsMinutesOf(first);
        List<ChartData.Marker> marked = app.workstation().chartPanel().orElseThrow().viewModel().markedByOthers();
        long ofSymbol = rows.stream().filter(c -> c.symbol().equals(first)).count();
        assertThat(marked).hasSize((int) ofSymbol);
        assertThat(marked).extracting(ChartData.Marker::kind).containsOnly(ChartData.Kind.ENTRY, ChartData.Kind.EXIT);

        int other = rows.stream().map(SessionCross::symbol).toList().indexOf(first.equals("IDX.SX") ? "S001.SX" : "IDX.SX");
        assertThat(other).as("the other symbol has crosses in the latest session").isPositive();
        for (int i = 0; i < other; i++) {
            robot.type(KeyCode.DOWN);
        }
        chartShowsMinutesOf(rows.get(other).symbol());
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isEqualTo(other);

        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        assertThat(app.workstation().theme()).isEqualTo(Theme.DARK);
        robot.interact(() -> Screenshot.write(app.workstation().scene(), shots.resolve("crosses-dark.png")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.workstation().theme() == Theme.LIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshot.write(app.workstation().scene(), shots.resolve("crosses-light.png")));
        assertThat(shots.resolve("crosses-light.png")).exists();
    }
}
