package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.ui.backtest.BacktestPanel;
import dev.sextant.app.ui.chart.ChartPanel;
import dev.sextant.app.ui.data.DataPanel;
import dev.sextant.app.ui.dock.FloatingWindow;
import dev.sextant.app.ui.dock.Layout;
import dev.sextant.app.ui.dock.LayoutJson;
import dev.sextant.app.ui.dock.LayoutNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import software.coley.bentofx.control.Header;
import software.coley.bentofx.layout.container.DockContainerLeaf;

/** The workstation window, headless with Monocle: open, re-dock, restore a layout, chart a symbol, see an import error. */
class WorkstationUiTest {

    @RegisterExtension
    final HeadlessWorkstation app = new HeadlessWorkstation();

    private ChartPanel chart() {
        return app.workstation().chartPanel().orElseThrow();
    }

    private void awaitChartOf(String symbol) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart().charts() != null
                && chart().charts().data().bars().symbol().equals(symbol) && !chart().charts().hasPendingWrite());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensWithTheSampleChartDataAndJobsPanels(FxRobot robot) throws Exception {
        awaitChartOf("IDX.SX");
        assertThat(chart().charts().candleCount()).isBetween(100, 400);
        assertThat(app.workstation().docking().capture().panels()).containsExactly("chart", "backtest", "data", "scanner", "jobs", "watchlist");
        assertThat(robot.lookup("#status-jobs").queryLabeled().getText()).isNotBlank();
        assertThat(robot.lookup("#chart-readout").queryLabeled().getText()).startsWith("IDX.SX 1d");
    }

    @Test
    void aPanelInABackgroundTabIsCreatedWhenItsTabIsFirstShown(FxRobot robot) throws Exception {
        awaitChartOf("IDX.SX");
        Parent backtestTab = (Parent) app.workstation().docking().find("backtest").orElseThrow().getNode();
        assertThat(backtestTab.getChildrenUnmodifiable()).isEmpty();
        robot.interact(() -> app.workstation().openPanel("backtest"));
        assertThat(backtestTab.getChildrenUnmodifiable()).singleElement().isInstanceOf(BacktestPanel.class);
        assertThat(app.workstation().docking().panel("backtest")).containsSame(backtestTab.getChildrenUnmodifiable().getFirst());
    }

    @Test
    void aPanelIsReDockedByDraggingItsTab(FxRobot robot) throws Exception {
        awaitChartOf("IDX.SX");
        DockContainerLeaf before = app.workstation().docking().leafOf("jobs").orElseThrow();
        Node jobsTab = robot.lookup(".header").match(n -> n instanceof Header h
                && h.getDockable().getIdentifier().equals("jobs")).query();
        DockContainerLeaf dataLeaf = app.workstation().docking().leafOf("data").orElseThrow();
        Bounds target = dataLeaf.localToScreen(dataLeaf.getBoundsInLocal());
        robot.drag(jobsTab, MouseButton.PRIMARY)
                .moveTo(new Point2D(target.getCenterX(), target.getCenterY() - 20))
                .moveTo(new Point2D(target.getCenterX(), target.getCenterY()))
                .drop();
        WaitForAsyncUtils.waitForFxEvents();
        DockContainerLeaf after = app.workstation().docking().leafOf("jobs").orElseThrow();
        assertThat(after).isNotSameAs(before);
        Layout captured = app.workstation().docking().capture();
        assertThat(captured.panels()).containsExactlyInAnyOrder("data", "watchlist", "chart", "scanner", "backtest", "jobs");
        assertThat(captured).isNotEqualTo(Workstation.DEFAULT_LAYOUT);
    }

    @Test
    void aSavedLayoutIsRestoredAndABrokenOneFallsBackWithANotice(FxRobot robot) throws Exception {
        Layout saved = new Layout(new LayoutNode.Split(true, List.of(0.3), List.of(
                new LayoutNode.Tabs(List.of("data", "jobs"), "jobs"),
                new LayoutNode.Tabs(List.of("chart"), "chart"))));
        Files.createDirectories(app.home().resolve("ui"));
        Files.writeString(app.home().resolve("ui/layout.json"), LayoutJson.write(saved));
        Workstation[] second = new Workstation[1];
        robot.interact(() -> second[0] = new Workstation(app.context()));
        assertThat(second[0].docking().capture()).isEqualTo(saved);

        Files.writeString(app.home().resolve("ui/layout.json"), "{ this is not json");
        robot.interact(() -> second[0] = new Workstation(app.context()));
        assertThat(second[0].docking().capture()).isEqualTo(Workstation.DEFAULT_LAYOUT);
        assertThat(second[0].notices().latest().get()).contains("could not be used");
    }

    @Test
    void theQuickOpenBoxChartsASymbol(FxRobot robot) throws Exception {
        awaitChartOf("IDX.SX");
        robot.clickOn("#quick-open").write("S001").type(KeyCode.ENTER);
        awaitChartOf("S001.SX");
        assertThat(app.workstation().workspace().symbol().get()).isEqualTo("S001.SX");
        robot.interact(app.workstation()::intraday);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart().charts() != null
                && chart().charts().data().bars().timeframe().isIntraday() && !chart().charts().hasPendingWrite());
        assertThat(chart().charts().data().markers()).isNotEmpty();
    }

    @Test
    void importingABadFileShowsItsErrorInTheDataPanel(FxRobot robot, @TempDir Path files) throws Exception {
        Path bad = Files.writeString(files.resolve("BAD.csv"),
                "Date,Open,High,Low,Close,Volume\n2024-01-02,10,11,9,10.5,1000\n2024-01-03,10.5,9,10,11,1200\n");
        DataPanel data = (DataPanel) app.workstation().docking().panel("data").orElseThrow();
        robot.interact(() -> data.viewModel().importPaths(List.of(bad)));
        ListView<String> errors = robot.lookup("#data-errors").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !errors.getItems().isEmpty());
        assertThat(errors.getItems()).singleElement().asString().contains("BAD.csv:3");
        assertThat(robot.lookup("#data-status").queryLabeled().getText()).contains("0 of 1 files imported");
    }

    @Test
    void aPanelDraggedOutOfTheWindowFloatsAndIsRestoredFloating(FxRobot robot) throws Exception {
        awaitChartOf("IDX.SX");
        Node jobsTab = robot.lookup(".header").match(n -> n instanceof Header h
                && h.getDockable().getIdentifier().equals("jobs")).query();
        Bounds window = app.workstation().docking().node().localToScreen(app.workstation().docking().node().getBoundsInLocal());
        Rectangle2D screen = Screen.getPrimary().getBounds();
        Point2D outside = new Point2D(Math.min(window.getMaxX() + 100, screen.getMaxX() - 5),
                Math.min(window.getMaxY() + 60, screen.getMaxY() - 5));
        assertThat(window.contains(outside)).as("drop point outside the window").isFalse();
        robot.drag(jobsTab, MouseButton.PRIMARY).moveTo(new Point2D(window.getCenterX(), window.getCenterY()))
                .moveTo(outside).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Layout captured = app.workstation().docking().capture();
        assertThat(captured.floating()).singleElement()
                .satisfies(w -> assertThat(w.root()).isEqualTo(new LayoutNode.Tabs(List.of("jobs"), "jobs")));
        assertThat(captured.panels()).containsExactlyInAnyOrder("data", "watchlist", "chart", "scanner", "backtest", "jobs");

        FloatingWindow moved = new FloatingWindow(120, 90, 500, 300, captured.floating().getFirst().root());
        Layout saved = new Layout(captured.root(), List.of(moved));
        Files.createDirectories(app.home().resolve("ui"));
        Files.writeString(app.home().resolve("ui/layout.json"), LayoutJson.write(saved));
        Workstation[] second = new Workstation[1];
        robot.interact(() -> {
            second[0] = new Workstation(app.context());
            second[0].show(new Stage());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Window floating = second[0].docking().floatingScenes().getFirst().getWindow();
        assertThat(List.of(floating.getX(), floating.getY())).containsExactly(120.0, 90.0);
        assertThat(second[0].docking().floatingScenes().getFirst().getWidth()).isEqualTo(500.0);
        assertThat(second[0].docking().capture()).isEqualTo(saved);
        robot.interact(second[0]::resetLayout);
        assertThat(second[0].docking().floatingScenes()).isEmpty();
        assertThat(second[0].docking().capture().floating()).isEmpty();
        assertThat(second[0].docking().capture().panels()).isEqualTo(Workstation.DEFAULT_LAYOUT.panels());
        robot.interact(() -> second[0].window().getScene().getWindow().hide());
    }
}
