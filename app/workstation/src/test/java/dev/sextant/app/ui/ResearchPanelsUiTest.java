package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.ui.backtest.BacktestPanel;
import dev.sextant.app.ui.chart.ChartData;
import dev.sextant.app.ui.chart.ChartPanel;
import dev.sextant.app.ui.scan.ScanPanel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The scanner and backtest panels, headless: run their jobs on the sample data with a determinate progress bar and find
 * the results; selecting a row marks the chart.
 */
class ResearchPanelsUiTest {

    @RegisterExtension
    final HeadlessWorkstation app = new HeadlessWorkstation();

    private ChartPanel chart() {
        return app.workstation().chartPanel().orElseThrow();
    }

    private void awaitMarkedChartOf(String symbol, ChartData.Kind kind) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> chart().charts() != null
                && chart().charts().data().bars().symbol().equals(symbol) && !chart().charts().hasPendingWrite()
                && chart().viewModel().markedByOthers().stream().anyMatch(m -> m.kind() == kind));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Records what {@code panel}'s progress bar shows from now on. */
    private static List<Double> recordProgress(FxRobot robot, javafx.scene.Node panel) {
        ProgressBar bar = robot.from(panel).lookup(".progress-bar").queryAs(ProgressBar.class);
        List<Double> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> bar.progressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue())));
        return seen;
    }

    /**
     * The job's progress bar ended full before it was reset, and was never indeterminate after its
     * first determinate value: the engine reported progress through the computation.
     */
    private static void assertDeterminateToTheEnd(List<Double> seen) {
        assertThat(seen).isNotEmpty();
        assertThat(seen.getLast()).as("reset when done").isZero();
        List<Double> during = seen.subList(0, seen.size() - 1);
        assertThat(during).as("the bar filled up").endsWith(1.0);
        int firstKnown = 0;
        while (firstKnown < during.size() && during.get(firstKnown) < 0) {
            firstKnown++;
        }
        assertThat(during.subList(firstKnown, during.size())).as("determinate once started").allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    }

    @Test
    void theScannerFindsSignalsAndASelectedOneIsMarkedOnTheChart(FxRobot robot) throws Exception {
        robot.interact(() -> app.workstation().openPanel("scanner"));
        ScanPanel panel = (ScanPanel) app.workstation().docking().panel("scanner").orElseThrow();
        List<Double> progress = recordProgress(robot, panel);
        robot.clickOn("#scan-run");
        TableView<?> table = robot.lookup("#scan-signals").queryTableView();
        // the result, not "busy": on a fast machine the scan can be over before a poll sees it busy
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !panel.viewModel().busy().get()
                && panel.viewModel().status().get() != null && panel.viewModel().status().get().startsWith("dwap-breakout on "));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#scan-status").queryLabeled().getText()).startsWith("dwap-breakout on ");
        assertThat(table.getItems()).isNotEmpty();
        assertThat(panel.viewModel().history()).isNotEmpty();
        assertDeterminateToTheEnd(progress);

        robot.interact(() -> panel.signalsTable().getSelectionModel().select(0));
        String symbol = panel.signalsTable().getItems().getFirst().symbol();
        awaitMarkedChartOf(symbol, ChartData.Kind.SIGNAL);
        assertThat(app.workstation().workspace().symbol().get()).isEqualTo(symbol);
    }

    @Test
    void theBacktestPanelRunsShowsKpisAndATradeOnTheChart(FxRobot robot) throws Exception {
        robot.interact(() -> app.workstation().openPanel("backtest"));
        BacktestPanel panel = (BacktestPanel) app.workstation().docking().panel("backtest").orElseThrow();
        robot.interact(() -> panel.viewModel().choices().symbols().text().set("S001.SX, S002.SX, S003.SX, S004.SX"));
        List<Double> progress = recordProgress(robot, panel);
        robot.clickOn("#backtest-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panel.viewModel().run().get() != null && !panel.viewModel().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertDeterminateToTheEnd(progress);
        var metrics = panel.viewModel().run().get().result().metrics();
        assertThat(panel.tiles().text("Trades")).isEqualTo(Integer.toString(metrics.trades()));
        assertThat(robot.lookup("#kpi-cagr").queryLabeled().getText()).endsWith("%");
        assertThat(panel.tripsTable().getItems()).hasSize(metrics.trades() + (int) panel.viewModel().trips().stream().filter(t -> t.isOpen()).count());
        assertThat(robot.lookup("#backtest-title").queryLabeled().getText()).startsWith("Run " + panel.viewModel().run().get().id());

        robot.interact(() -> {
            panel.tabs().getSelectionModel().select(2);
            panel.tripsTable().getSelectionModel().select(0);
        });
        String symbol = panel.tripsTable().getItems().getFirst().symbol();
        awaitMarkedChartOf(symbol, ChartData.Kind.ENTRY);

        var images = new java.util.LinkedHashMap<String, byte[]>();
        robot.interact(() -> images.putAll(panel.chartImages()));
        assertThat(images).hasSize(3);
        assertThat(images.values()).allSatisfy(png -> assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'));
    }
}
