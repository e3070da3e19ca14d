package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.ui.backtest.BacktestPanel;
import dev.sextant.app.ui.shell.Screenshot;
import dev.sextant.engine.backtest.ConstraintReport;
import dev.sextant.engine.rules.RiskPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The entry-rule fields of the backtest form and its What bound tab, driven by typing and clicking: a bad market
 * filter is flagged under its field, a corrected one and a saved risk policy run with the backtest, and the tab lists
 * each filter and limit with what it blocked or cut, as the run recorded it.
 */
class EntryRulesUiTest {

    @RegisterExtension
    final HeadlessWorkstation app = HeadlessWorkstation.seededWith(ctx -> ctx.research().rules().policies()
            .create(new RiskPolicy("small-bets", Double.NaN, 0.05, Double.NaN, 0, Double.NaN, Double.NaN)));

    private static void typeInto(FxRobot robot, String id, String text) {
        Node field = robot.lookup(id).query();
        robot.interact(() -> FormScroll.toShow(field));
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    /** The validation message under the editor with {@code id}. */
    private static String errorUnder(FxRobot robot, String id) {
        Node editor = robot.lookup(id).query();
        return robot.from(editor.getParent()).lookup(".field-error").queryAs(Label.class).getText();
    }

    @Test
    void rulesTypedIntoTheFormRunAndTheWhatBoundTabShowsTheirCounts(FxRobot robot) throws Exception {
        robot.interact(() -> app.workstation().openPanel("backtest"));
        BacktestPanel panel = (BacktestPanel) app.workstation().docking().panel("backtest").orElseThrow();
        robot.interact(() -> panel.viewModel().choices().symbols().text().set("S001.SX, S002.SX, S003.SX, S004.SX, S005.SX"));

        typeInto(robot, "#backtest-market-filter", "IDX.SX:smaX");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorUnder(robot, "#backtest-market-filter")).isEqualTo("market filter 'IDX.SX:smaX': period 'X' is not a whole number");
        typeInto(robot, "#backtest-market-filter", "IDX.SX:sma50");
        typeInto(robot, "#backtest-circuit-breaker", "2:5:any");
        Node policy = robot.lookup("#backtest-risk-policy").query();
        robot.interact(() -> FormScroll.toShow(policy));
        robot.clickOn(robot.from(policy).lookup(".text-field").queryAs(TextField.class)).write("small-bets");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorUnder(robot, "#backtest-market-filter")).isEmpty();
        assertThat(panel.viewModel().rules().choices().riskPolicy()).isEqualTo("small-bets");

        Node run = robot.lookup("#backtest-run").query();
        robot.interact(() -> FormScroll.toShow(run));
        robot.clickOn(run);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panel.viewModel().run().get() != null && !panel.viewModel().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
        List<ConstraintReport> recorded = panel.viewModel().run().get().result().constraints();
        assertThat(recorded).extracting(ConstraintReport::name).containsExactly("market filter IDX.SX:sma50",
                "circuit breaker 2:5:any", "max positions 10", "cash", "max position weight 0.05");
        assertThat(recorded.get(4).reducedEntries()).as("equal weight asks for 10 %, the policy allows 5 %").isPositive();

        Labeled tab = robot.lookup(".tab-label").queryAllAs(Labeled.class).stream()
                .filter(l -> l.getText().startsWith("What bound")).findFirst().orElseThrow();
        robot.clickOn(tab);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#backtest-constraints").queryTableView();
        assertThat(table.isVisible()).isTrue();
        assertThat(tab.getText()).isEqualTo("What bound (" + recorded.stream().filter(ConstraintReport::binds).count() + ")");
        List<String> cells = robot.from(table).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).toList();
        for (ConstraintReport c : recorded) {
            assertThat(cells).contains(c.name(), Integer.toString(c.blockedEntries()), Integer.toString(c.reducedEntries()));
        }

        Path shots = Path.of("target", "screenshots");
        robot.interact(() -> Screenshot.write(table.getScene(), shots.resolve("rules-" + app.workstation().theme().name().toLowerCase() + ".png")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshot.write(table.getScene(), shots.resolve("rules-" + app.workstation().theme().name().toLowerCase() + ".png")));
        Node filter = robot.lookup("#backtest-market-filter").query();
        robot.interact(() -> FormScroll.toShow(filter));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((TextField) filter).getText()).isEqualTo("IDX.SX:sma50");
        robot.interact(() -> Screenshot.write(table.getScene(), shots.resolve("rules-form-" + app.workstation().theme().name().toLowerCase() + ".png")));
    }
}
