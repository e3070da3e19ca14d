package dev.sextant.app.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.CorporateActionRow;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.Workstation;
import dev.sextant.data.db.Database;
import dev.sextant.engine.job.ProgressSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The data panel's Actions tab lists the splits and dividends of the series the user selects: the robot filters the
 * series, clicks S001.SX's row, drags the divider above the reports up, reads the tab and goes to its last row
 * with the End key; then it filters to S002.SX and clicks it. S001.SX has, recorded
 * in the sample home before the window opens, a dividend of 0.30 on 2022-03-01, a 3:1 split on 2022-06-01 and a
 * dividend of 0.12 on 2022-09-01: per share of today 0.30 / 3 = 0.1 and 0.12.
 */
@ExtendWith(ApplicationExtension.class)
class CorporateActionsUiTest {

    private static Path home;
    private AppContext ctx;
    private Workstation workstation;

    /** The sample home with S001.SX's actions, prepared off the FX thread (seeding takes longer than TestFX's set-up limit). */
    @BeforeAll
    static void homeWithActions() throws Exception {
        home = Files.createTempDirectory("sextant-actions-ui");
        SeededHome.open(home).close();
        try (Database db = Database.open(home)) {
            for (String action : new String[] {"date '2022-03-01', 'dividend', 0.30", "date '2022-06-01', 'split', 3",
                    "date '2022-09-01', 'dividend', 0.12"}) {
                db.dsl().execute("insert into corporate_action (instrument_id, ex_date, action_type, amount) select id, "
                        + action + " from instrument where symbol = 'S001.SX'");
            }
        }
    }

    @Start
    void start(Stage stage) {
        ctx = AppContext.open(home, false, new PrintWriter(new StringWriter()), ProgressSink.NONE);
        workstation = new Workstation(ctx);
        workstation.show(stage);
    }

    @AfterEach
    void close() {
        workstation.tasks().close();
        ctx.close();
    }

    @AfterAll
    static void deleteHome() throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /**
     * The texts of the table's cells a user sees, row by row (blank ones left out): those of non-empty rows drawn
     * wholly inside the table, itself inside the window.
     */
    private static List<String> shownCells(FxRobot robot, TableView<?> table) {
        Bounds view = table.localToScene(table.getBoundsInLocal());
        double windowHeight = table.getScene().getHeight();
        return robot.from(table).lookup(".table-cell").<TableCell<?, ?>>queryAll().stream()
                .filter(c -> c.getTableRow() != null && !c.getTableRow().isEmpty() && c.isVisible())
                .filter(c -> {
                    Bounds b = c.localToScene(c.getBoundsInLocal());
                    return b.getMinY() >= view.getMinY() && b.getMaxY() <= Math.min(view.getMaxY(), windowHeight);
                })
                .sorted(Comparator.comparingInt((TableCell<?, ?> c) -> c.getTableRow().getIndex())
                        .thenComparingDouble(c -> c.localToScene(0, 0).getX()))
                .map(TableCell::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }

    @Test
    void selectingASeriesListsItsSplitsAndDividends(FxRobot robot) throws Exception {
        robot.interact(() -> workstation.openPanel("data"));
        DataPanel panel = (DataPanel) workstation.docking().panel("data").orElseThrow();
        assertThat(panel.reportsShown()).isFalse();
        robot.clickOn("#data-filter").write("S00");
        TableView<?> series = robot.lookup("#data-series").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> series.getItems().size() >= 2);

        Node cell = robot.from(series).lookup(".table-cell").match((TableCell<?, ?> c) -> "S001.SX".equals(c.getText()))
                .query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(series.getSelectionModel().getSelectedItem()).as("the clicked row is selected").isNotNull();
        assertThat(panel.viewModel().actionsSymbol().get()).isEqualTo("S001.SX");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !panel.viewModel().actionsSummary().get().startsWith("Reading"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.viewModel().actions()).as(panel.viewModel().actionsSummary().get()).hasSize(3);
        TableView<CorporateActionRow> actions = robot.lookup("#data-actions").queryTableView();

        assertThat(panel.reportsShown()).isTrue();
        // the data panel is short in the default layout: drag the divider above the reports up, as a user would
        Node divider = robot.from(panel).lookup(".split-pane-divider").query();
        robot.drag(divider).dropBy(0, -150);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.Parent up = actions.getParent();
        while (!(up instanceof TabPane)) {
            up = up.getParent();
        }
        assertThat(((TabPane) up).getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-actions");
        assertThat(actions.isVisible()).isTrue();
        assertThat(robot.lookup("#data-actions-summary").<Label>query().getText()).isEqualTo("S001.SX: 1 splits, 2 dividends");
        assertThat(shownCells(robot, actions)).startsWith("2022-03-01", "dividend", "0.3", "0.1");
        robot.clickOn(robot.from(actions).lookup(".table-cell").match((TableCell<?, ?> c) -> "2022-03-01".equals(c.getText()))
                .<Node>query());
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownCells(robot, actions)).containsSubsequence("2022-06-01", "split", "3")
                .containsSubsequence("2022-09-01", "dividend", "0.12", "0.12");

        robot.clickOn("#data-filter").write("2");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(series).lookup(".table-cell").match((TableCell<?, ?> c) -> "S002.SX".equals(c.getText()))
                .<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#data-actions-summary").<Label>query().getText().equals("no splits or dividends recorded for S002.SX"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actions.getItems()).isEmpty();
    }
}
