package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.research.RegimeSplit;
import dev.sextant.app.ui.backtest.BacktestViewModel;
import dev.sextant.app.research.report.RegimeMetric;
import dev.sextant.app.ui.regime.RegimePanel;
import dev.sextant.app.research.report.StrategyRegimeCells;
import dev.sextant.plugin.testkit.DirectTaskRunner;
import java.util.List;
import javafx.scene.control.Labeled;
import dev.sextant.engine.regime.MarketRegime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The regime panel, headless: opening it classifies the sample index and shows today's regime, the heatmap, transitions and
 * skill, and the strategy × regime grid of the saved backtests.
 */
class RegimePanelUiTest {

    long savedRun;

    /** A fresh seeded home with one saved backtest, stored before the window opens. */
    @RegisterExtension
    final HeadlessWorkstation app = HeadlessWorkstation.seededWith(ctx -> {
        WorkspaceState ws = new WorkspaceState(ctx.bars(), new DirectTaskRunner());
        BacktestViewModel backtest = new BacktestViewModel(ctx.research(), ws, ws.marks());
        backtest.choices().strategy().set("sma-cross");
        backtest.choices().symbols().text().set("S001.SX, S002.SX, S003.SX");
        backtest.runBacktest();
        savedRun = backtest.run().get().id();
    });

    /** A backtest saved before the panel opened is a row of the strategy × regime grid, with the stored values. */
    private void assertStrategiesByRegime(FxRobot robot, RegimePanel panel) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> panel.strategies().shown() != null && !panel.strategies().shown().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Strategies by regime");
        var grid = panel.strategies();
        assertThat(grid.isVisible()).isTrue();
        StrategyRegimeCells cells = grid.shown();
        assertThat(cells.rows()).extracting(RegimeSplit::runId).containsExactly(savedRun);
        assertThat(robot.lookup("#regime-strategies-status").queryLabeled().getText())
                .startsWith("The latest saved backtest of each of 1 strategy");
        List<String> cellTexts = grid.getChildren().stream().filter(n -> n.getStyleClass().contains("heatmap-cell"))
                .map(n -> ((Labeled) n).getText()).toList();
        assertThat(cellTexts).hasSize(MarketRegime.COUNT);
        List<String> expected = java.util.Arrays.stream(MarketRegime.values()).map(r -> cells.text(0, r)).toList();
        assertThat(cellTexts).isEqualTo(expected).anySatisfy(t -> assertThat(t).matches("-?\\d+\\.\\d"));
        assertThat(robot.lookup("#regime-strategies-legend").tryQuery()).isPresent();
        assertThat(robot.lookup("sma-cross  #" + savedRun).tryQuery()).isPresent();

        robot.interact(() -> panel.viewModel().metric().set(RegimeMetric.SHARPE));
        assertThat(grid.shown().metric()).isEqualTo(RegimeMetric.SHARPE);
        robot.clickOn("Last days");
    }

    /** The ChartFX heatmap's grid is the run's last {@code n} days x the seven regimes; hovering a cell reads it out. */
    private void assertHeatmapShowsTheLastDays(FxRobot robot, RegimePanel panel, int n) {
        var days = panel.viewModel().run().get().days();
        var last = days.subList(days.size() - n, days.size());
        var grid = panel.heatmap().shownGrid();
        assertThat(grid.getShape()).containsExactly(n, MarketRegime.COUNT);
        assertThat(grid.getDataCount()).isEqualTo(n * MarketRegime.COUNT);
        for (int d = 0; d < n; d += 7) {
            for (MarketRegime r : MarketRegime.values()) {
                assertThat(grid.get(io.fair_acc.dataset.DataSet.DIM_Z, d, r.ordinal())).isEqualTo(last.get(d).probability(r));
            }
        }
        // the newest day's cell of the first regime (right end of the plot, top row): a mouse move there, through the scene
        var canvas = panel.heatmap().chart().getCanvas();
        var scene = canvas.localToScene(canvas.getBoundsInLocal());
        var screen = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.interact(() -> javafx.event.Event.fireEvent(canvas, new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_MOVED, scene.getMaxX() - 2, scene.getMinY() + 2, screen.getMaxX() - 2,
                screen.getMinY() + 2, javafx.scene.input.MouseButton.NONE, 0, false, false, false, false, false, false, false,
                false, false, false, null)));
        var newest = last.getLast();
        assertThat(panel.heatmap().readout().getText()).startsWith(String.format(java.util.Locale.ROOT, "%s  %s  p %.2f",
                newest.date(), MarketRegime.values()[0].label(), newest.probability(MarketRegime.values()[0])));
    }

    @Test
    void openingThePanelClassifiesTheSampleIndexAndShowsTheResults(FxRobot robot) throws Exception {
        robot.interact(() -> app.workstation().openPanel("regime"));
        RegimePanel panel = (RegimePanel) app.workstation().docking().panel("regime").orElseThrow();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> panel.viewModel().run().get() != null && !panel.viewModel().busy().get());
        WaitForAsyncUtils.waitForFxEvents();

        var run = panel.viewModel().run().get();
        assertThat(run.symbols().index()).isEqualTo("IDX.SX");
        assertThat(run.symbols().volatility()).isEqualTo("^VOL.SX");
        var today = run.latest();
        assertThat(robot.lookup("#regime-status").queryLabeled().getText()).startsWith("IDX.SX with ^VOL.SX: ");
        assertThat(panel.tileText("Regime")).startsWith(today.regime().label() + " (p ");
        assertThat(panel.tileText("Outlook")).isEqualTo(today.outlook().label());
        assertThat(panel.tileText("Action")).isEqualTo(today.action().label());
        assertThat(panel.heatmap().shownDays()).isEqualTo(60);
        assertHeatmapShowsTheLastDays(robot, panel, 60);
        assertThat(panel.transitions().getChildren()).hasSize(1 + MarketRegime.COUNT + MarketRegime.COUNT * (1 + MarketRegime.COUNT));
        assertThat(panel.skillTable().getItems()).extracting(k -> k.horizon()).containsExactly(1, 5, 10, 20);
        assertThat(robot.lookup("#regime-status").queryLabeled().getText())
                .endsWith(String.format(java.util.Locale.ROOT, "; saved %,d.", run.days().size()));

        robot.interact(() -> panel.viewModel().shownDays().set(120));
        assertThat(panel.heatmap().shownDays()).isEqualTo(120);
        assertHeatmapShowsTheLastDays(robot, panel, 120);

        assertStrategiesByRegime(robot, panel);

        robot.interact(() -> panel.viewModel().index().text().set("NOPE"));
        robot.clickOn("#regime-refresh");
        assertThat(robot.lookup("#regime-status").queryLabeled().getText()).isEqualTo("Fix the fields marked in red first.");
    }
}
