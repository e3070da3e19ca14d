package dev.sextant.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.app.ui.job.FxTaskRunner;
import dev.sextant.engine.indicator.IndicatorSpec.Kind;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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
 * Studies through the UI: the settings dialog adds a study with chosen parameters (and refuses a bad
 * one, naming the field), the same indicator twice with other settings, a click on a legend entry
 * hides the study, a double click opens its settings, and the workspace remembers the studies.
 */
@ExtendWith(ApplicationExtension.class)
class ChartStudiesUiTest {

    @TempDir
    static Path home;
    static AppContext ctx;
    FxTaskRunner tasks;
    ChartPanel panel;
    ChartSettingsStore store;

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
        store = ChartSettingsStore.in(home.resolve("ws-" + System.nanoTime()));
        panel = new ChartPanel(new ChartViewModel(ws, ws.marks(), RegimeSource.NONE, store));
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

    private void awaitChartWith(String indicator) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.charts() != null && !panel.charts().hasPendingWrite()
                && panel.charts().data().studies().stream().anyMatch(s -> s.spec().indicator().equals(indicator)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openAddDialog(FxRobot robot) {
        robot.clickOn("#chart-studies");
        robot.clickOn("Add study ...");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void typeInto(FxRobot robot, String field, String text) {
        robot.doubleClickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
    }

    @Test
    void theDialogAddsStudiesWithTheirSettingsAndRefusesABadPeriod(FxRobot robot) throws Exception {
        awaitChartWith("sma:200");
        openAddDialog(robot);
        robot.clickOn("#study-kind").clickOn(StudyForm.name(Kind.EMA));
        typeInto(robot, "#study-param-0", "abc");
        robot.clickOn("#study-ok");
        assertThat(robot.lookup("#study-error").queryAs(Label.class).getText()).isEqualTo("Period 'abc' is not a whole number >= 1");
        typeInto(robot, "#study-param-0", "34");
        robot.clickOn("#study-ok");
        awaitChartWith("ema:34");
        assertThat(panel.viewModel().studies()).contains(StudySpec.of("sma:50", "#4c9be0"))
                .anyMatch(s -> s.indicator().equals("ema:34") && s.source() == PriceSource.CLOSE);

        // the same indicator again, reading the highs
        openAddDialog(robot);
        robot.clickOn("#study-kind").clickOn(StudyForm.name(Kind.EMA));
        typeInto(robot, "#study-param-0", "34");
        robot.clickOn("#study-source").clickOn("HIGH");
        robot.clickOn("#study-ok");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.charts() != null && !panel.charts().hasPendingWrite()
                && panel.charts().data().studies().stream().anyMatch(s -> s.spec().label().equals("EMA 34 high")));
        assertThat(panel.charts().data().overlays()).extracting(s -> s.spec().label())
                .containsExactly("SMA 50", "SMA 200", "EMA 34", "EMA 34 high");
        assertThat(store.load().dailyStudies()).extracting(StudySpec::label).contains("EMA 34", "EMA 34 high", "RSI 14");
    }

    @Test
    void aClickOnALegendEntryHidesTheStudyAndADoubleClickOpensItsSettings(FxRobot robot) throws Exception {
        awaitChartWith("sma:200");
        robot.clickOn("#legend-sma-200");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> panel.viewModel().studies().stream()
                .anyMatch(s -> s.indicator().equals("sma:200") && !s.visible()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.charts() != null && !panel.charts().hasPendingWrite()
                && panel.charts().data().studies().stream().anyMatch(s -> !s.spec().visible()));
        WaitForAsyncUtils.waitForFxEvents();
        Label hidden = robot.lookup("#legend-sma-200").queryAs(Label.class);
        assertThat(hidden.getText()).isEqualTo("SMA 200  (hidden)");
        assertThat(hidden.getStyleClass()).contains("legend-hidden");

        robot.doubleClickOn("#legend-rsi-14", MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#study-kind").tryQuery()).isPresent();
        typeInto(robot, "#study-param-0", "7");
        robot.clickOn("#study-ok");
        awaitChartWith("rsi:7");
        assertThat(panel.charts().shownPanes()).containsExactly("price", "RSI 7");
        assertThat(panel.viewModel().studies()).noneMatch(s -> s.indicator().equals("rsi:14"));

        robot.doubleClickOn("#legend-rsi-7", MouseButton.PRIMARY);
        robot.clickOn("Remove");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.charts() != null && !panel.charts().hasPendingWrite()
                && panel.charts().data().panes().isEmpty());
        assertThat(panel.charts().shownPanes()).containsExactly("price");
    }
}
