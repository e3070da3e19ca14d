package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.research.BacktestService;
import dev.sextant.app.research.MarketChoice;
import dev.sextant.app.research.RegimeMapFile;
import dev.sextant.app.research.RegimeMapPlan;
import dev.sextant.app.ui.regime.RegimePanel;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.paper.Candidate;
import dev.sextant.engine.paper.PaperDay;
import dev.sextant.engine.paper.StrategySwitch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The regime panel's Regime map tab, driven by mouse and keyboard on the sample market: the user maps regimes to
 * strategies (one with typed parameters, some to cash), runs it, and sees the map's metrics beside each strategy alone,
 * the days each traded and the switches, the same as a backtest of the same map written as a file.
 */
class RegimeMapPanelUiTest {

    @RegisterExtension
    final HeadlessWorkstation app = new HeadlessWorkstation();

    private static void choose(FxRobot robot, String comboId, String item) throws Exception {
        robot.clickOn("#" + comboId);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".combo-box-popup .list-cell").tryQuery().isPresent());
        ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> item.equals(c.getText()) && c.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + item + " in " + comboId));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String fieldId, String text) {
        robot.clickOn("#" + fieldId);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts of the visible cells of {@code table}'s first {@code rows} rows, row by row. */
    private static List<List<String>> cells(FxRobot robot, TableView<?> table, int rows) {
        var byRow = robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() >= 0 && c.getIndex() < rows && c.isVisible())
                .collect(Collectors.groupingBy(TableCell::getIndex, java.util.TreeMap::new, Collectors.toList()));
        return byRow.values().stream().map(cs -> cs.stream()
                .sorted(java.util.Comparator.comparingDouble(c -> c.localToScene(0, 0).getX()))
                .map(c -> c.getText() == null ? "" : c.getText()).toList()).toList();
    }

    @Test
    void theUserEditsTheMapRunsItAndSeesEachStrategysDaysAndTheSwitches(FxRobot robot) throws Exception {
        robot.interact(() -> app.workstation().openPanel("regime"));
        RegimePanel panel = (RegimePanel) app.workstation().docking().panel("regime").orElseThrow();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> panel.viewModel().run().get() != null && !panel.viewModel().busy().get());
        robot.clickOn("Regime map");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !panel.mapViewModel().universes().isEmpty());

        choose(robot, "regime-map-universe", "sample-sectors");
        choose(robot, "regime-map-strategy-weak_bull", "cash");
        choose(robot, "regime-map-strategy-range_bound", "rsi-reversion");
        choose(robot, "regime-map-strategy-rotating_bull", "rsi-reversion");
        type(robot, "regime-map-params-strong_bull", "fast=5, slow=-3");
        robot.clickOn("#regime-map-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#regime-map-status").queryLabeled().getText())
                .startsWith("regime map table: regime strong_bull: strategy sma-cross:").contains("slow").contains("-3");

        type(robot, "regime-map-params-strong_bull", "fast=5, slow=20");
        robot.clickOn("#regime-map-run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !panel.mapViewModel().results().isEmpty()
                && !panel.mapViewModel().busy().get());
        WaitForAsyncUtils.waitForFxEvents();

        // the same map as a file, backtested through the service the command line uses
        String file = """
                {"regimes": {"strong_bull": {"strategy": "sma-cross", "params": {"fast": 5, "slow": 20}},
                             "rotating_bull": "rsi-reversion", "range_bound": "rsi-reversion"}}
                """;
        var services = app.context().research();
        RegimeMapPlan plan = RegimeMapFile.parse(file, "test", services.strategies(), services.presets()::get);
        var loaded = services.markets().load(MarketChoice.ofUniverse("sample-sectors"));
        List<String> traded = loaded.series().stream().map(s -> s.symbol()).toList();
        Candidate first = plan.candidates().getFirst();
        BacktestService backtests = services.backtests();
        BacktestService.RegimeMapOutcome expected = backtests.runRegimeMap(plan, BacktestRequest.builder(first.strategyId(),
                traded).params(first.params()).benchmark(backtests.benchmark(null, loaded.series(), null, null)).build(),
                loaded.series());

        List<List<String>> shown = cells(robot, robot.lookup("#regime-map-results").queryAs(TableView.class), 3);
        assertThat(shown).extracting(row -> row.getFirst()).containsExactly("regime map",
                "sma-cross(fast=5,slow=20) alone", "rsi-reversion alone");
        assertThat(shown.getFirst().get(1)).isEqualTo(String.format(Locale.ROOT, "%+.1f %%", 100 * expected.result().totalReturn()));
        assertThat(shown.getFirst().get(4)).isEqualTo(String.format(Locale.ROOT, "%+.1f %%", 100 * expected.result().maxDrawdown()));
        assertThat(shown.getFirst().get(5)).isEqualTo(String.valueOf(expected.result().trades().size()));
        assertThat(shown.get(2).get(1)).isEqualTo(String.format(Locale.ROOT, "%+.1f %%",
                100 * expected.alone().get("rsi-reversion").metrics().totalReturn()));

        Map<String, Integer> days = new LinkedHashMap<>();
        for (PaperDay d : expected.result().days()) {
            days.merge(d.strategy(), 1, Integer::sum);
        }
        String daysText = days.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " days")
                .collect(Collectors.joining(", "));
        assertThat(robot.lookup("#regime-map-days").queryLabeled().getText()).isEqualTo(daysText).contains("cash");

        List<StrategySwitch> switches = expected.result().switches();
        assertThat(switches).isNotEmpty();
        TableView<?> switchTable = robot.lookup("#regime-map-switches").queryAs(TableView.class);
        List<List<String>> rows = cells(robot, switchTable, 3);
        for (int i = 0; i < rows.size(); i++) {
            StrategySwitch s = switches.get(i);
            assertThat(rows.get(i)).containsExactly(s.date().toString(), s.regime() == null ? "unclassified" : s.regime(),
                    s.from(), s.to());
        }
        String shots = System.getenv("REGIME_MAP_SCREENSHOTS");
        if (shots != null) { // both themes, for the docs: REGIME_MAP_SCREENSHOTS=DIR
            robot.interact(() -> dev.sextant.app.ui.shell.Screenshot.write(panel.getScene(),
                    java.nio.file.Path.of(shots, "regime-map-dark.png")));
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> dev.sextant.app.ui.shell.Screenshot.write(panel.getScene(),
                    java.nio.file.Path.of(shots, "regime-map-light.png")));
        }
        assertThat(robot.lookup("#regime-map-status").queryLabeled().getText())
                .startsWith("Regimes of IDX.SX, ").contains(switches.size() + " switches");
    }
}
