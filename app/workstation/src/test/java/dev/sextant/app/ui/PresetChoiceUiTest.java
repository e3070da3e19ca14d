package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.ui.backtest.BacktestPanel;
import dev.sextant.app.ui.shell.Screenshot;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.ExitMode;
import dev.sextant.engine.backtest.FillTiming;
import dev.sextant.engine.backtest.SizingRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The backtest form's Preset choice, driven by mouse and keyboard: choosing a saved preset fills the strategy, its
 * params, the simulation fields and the entry rules as the user sees them; a field typed afterwards overrides the
 * preset's value, and the run records the preset with the values it ran on.
 */
class PresetChoiceUiTest {

    /** A preset for the sample market (its index is IDX.SX), typed by hand. */
    private static final String SAMPLE_SWING = """
            {"schema": 1, "name": "sample-swing", "version": 2, "description": "breakouts above the 50-bar DWAP",
             "strategy": "dwap-breakout", "params": {"period": 50, "threshold": 0.02},
             "simulation": {"sizing": "fixed-amount:10000", "max_positions": 3, "fill": "same-close",
                            "exit_mode": "close-only", "fractional": true, "reentry": "same-close", "returns": "price"},
             "entry_rules": {"market_filter": "IDX.SX:sma50"}}
            """;

    @RegisterExtension
    final HeadlessWorkstation app = HeadlessWorkstation.seededWith(ctx -> {
        try {
            Path file = Files.createTempDirectory("preset").resolve("sample-swing.json");
            Files.writeString(file, SAMPLE_SWING);
            ctx.research().presets().importPath(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    private static void show(FxRobot robot, Node node) {
        robot.interact(() -> FormScroll.toShow(node));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    @Test
    void choosingAPresetFillsTheFormAndATypedFieldOverridesIt(FxRobot robot) throws Exception {
        robot.interact(() -> app.workstation().openPanel("backtest"));
        BacktestPanel panel = (BacktestPanel) app.workstation().docking().panel("backtest").orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> panel.viewModel().preset().names().contains("sample-swing"));

        ComboBox<?> presets = robot.lookup("#backtest-preset").queryAs(ComboBox.class);
        show(robot, presets);
        robot.clickOn(presets);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> "sample-swing".equals(c.getText()) && c.isVisible()).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "3".equals(text(robot, "#backtest-max-positions")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(presets.getValue()).isEqualTo("sample-swing");
        assertThat(robot.lookup("#backtest-sizing").queryAs(ComboBox.class).getEditor().getText()).isEqualTo("fixed-amount:10000");
        assertThat(robot.lookup("#backtest-fill").queryAs(ComboBox.class).getValue()).isEqualTo("same-close");
        assertThat(robot.lookup("#backtest-close-only").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#backtest-fractional").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#backtest-reentry").queryAs(ComboBox.class).getValue()).isEqualTo("same-close");
        assertThat(robot.lookup("#backtest-returns").queryAs(ComboBox.class).getValue()).isEqualTo("price");
        assertThat(text(robot, "#backtest-market-filter")).isEqualTo("IDX.SX:sma50");
        assertThat(text(robot, "#backtest-param-period")).isEqualTo("50");
        assertThat(text(robot, "#backtest-param-threshold")).isEqualTo("0.02");
        assertThat(robot.lookup("#backtest-status").queryAs(Label.class).getText())
                .isEqualTo("Preset sample-swing@2 filled in: breakouts above the 50-bar DWAP");

        Node positions = robot.lookup("#backtest-max-positions").query();
        show(robot, positions);
        robot.clickOn(positions);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("2");
        robot.interact(() -> panel.viewModel().choices().symbols().text().set("S001.SX, S002.SX, S003.SX, S004.SX, S005.SX"));

        Node run = robot.lookup("#backtest-run").query();
        show(robot, run);
        robot.clickOn(run);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panel.viewModel().run().get() != null && !panel.viewModel().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
        BacktestRequest ran = panel.viewModel().run().get().result().request();
        assertThat(ran.preset()).isEqualTo("sample-swing@2");
        assertThat(ran.maxPositions()).as("typed after choosing the preset").isEqualTo(2);
        assertThat(ran.sizing()).isEqualTo(new SizingRule.FixedAmount(10_000));
        assertThat(ran.fill()).isEqualTo(FillTiming.SAME_CLOSE);
        assertThat(ran.exitMode()).isEqualTo(ExitMode.CLOSE_ONLY);
        assertThat(ran.params()).containsEntry("period", 50).containsEntry("threshold", 0.02);
        assertThat(ran.rules().marketFilter().spec()).isEqualTo("IDX.SX:sma50");
        assertThat(robot.lookup("#backtest-status").queryAs(Label.class).getText()).startsWith("Saved as run ");

        robot.interact(() -> FormScroll.toShow(presets));
        WaitForAsyncUtils.waitForFxEvents();
        shotsInBothThemes(robot, presets.getScene(), "preset");
    }

    @Test
    void theScannersPresetChoiceFillsItsStrategyParamsAndFilter(FxRobot robot) throws Exception {
        robot.interact(() -> app.workstation().openPanel("scanner"));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> presets = robot.lookup("#scan-preset").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> presets.getItems().contains("sample-swing"));
        show(robot, presets);
        robot.clickOn(presets);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> "sample-swing".equals(c.getText()) && c.isVisible()).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "50".equals(text(robot, "#scan-param-period")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#scan-param-threshold")).isEqualTo("0.02");
        assertThat(text(robot, "#scan-market-filter")).isEqualTo("IDX.SX:sma50");
    }

    private void shotsInBothThemes(FxRobot robot, javafx.scene.Scene scene, String name) {
        Path shots = Path.of("target", "screenshots");
        robot.interact(() -> Screenshot.write(scene, shots.resolve(name + "-" + app.workstation().theme().name().toLowerCase() + ".png")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshot.write(scene, shots.resolve(name + "-" + app.workstation().theme().name().toLowerCase() + ".png")));
    }
}
