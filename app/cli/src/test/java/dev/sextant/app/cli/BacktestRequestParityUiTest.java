package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.ui.Workstation;
import dev.sextant.app.ui.backtest.BacktestPanel;
import dev.sextant.engine.backtest.AccountRules;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.ReturnMode;
import dev.sextant.engine.backtest.RunSummary;
import dev.sextant.engine.job.ProgressSink;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The backtest panel and {@code ./sextant backtest} turn the same choices into the same request: values typed into
 * the panel by the robot, and the same values given to picocli as arguments, give two saved runs whose requests are
 * {@code equals()}, the risk-free rate and the seed included.
 */
@ExtendWith(ApplicationExtension.class)
class BacktestRequestParityUiTest {

    @TempDir
    static Path home;
    AppContext ctx;
    Workstation workstation;

    @Start
    void start(Stage stage) {
        ctx = AppContext.open(home, true, new PrintWriter(new StringWriter()), ProgressSink.NONE);
        workstation = new Workstation(ctx);
        workstation.show(stage);
    }

    /** Focuses the field (a text field or an editable combo box), selects what it holds and types {@code text}. */
    private static void type(FxRobot robot, String id, String text) {
        Node node = robot.lookup("#" + id).query();
        TextField field = node instanceof ComboBox<?> box ? box.getEditor() : (TextField) node;
        robot.interact(field::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void thePanelAndTheCommandLineBuildEqualRequests(FxRobot robot) throws Exception {
        robot.interact(() -> workstation.openPanel("backtest"));
        BacktestPanel panel = (BacktestPanel) workstation.docking().panel("backtest").orElseThrow();
        type(robot, "backtest-symbols", "S003.SX, S001.SX, S002.SX");
        type(robot, "backtest-from", "2021-01-04");
        type(robot, "backtest-to", "2023-06-30");
        type(robot, "backtest-capital", "250000");
        type(robot, "backtest-sizing", "fixed-fraction:0.2");
        type(robot, "backtest-max-positions", "3");
        type(robot, "backtest-commission", "bps:5");
        type(robot, "backtest-slippage", " 0");
        type(robot, "backtest-benchmark", "IDX.SX");
        type(robot, "backtest-risk-free", "0.03");
        type(robot, "backtest-seed", "42");
        type(robot, "backtest-leverage", "1.5");
        CheckBox fractional = robot.lookup("#backtest-fractional").queryAs(CheckBox.class);
        robot.interact(fractional::requestFocus);
        robot.type(KeyCode.SPACE);
        assertThat(fractional.isSelected()).isTrue();
        ComboBox<?> returns = robot.lookup("#backtest-returns").queryAs(ComboBox.class);
        assertThat(returns.getValue()).as("new runs default to total returns").isEqualTo("total");
        robot.interact(returns::requestFocus);
        robot.type(KeyCode.F4).type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(returns.getValue()).isEqualTo("price");
        CheckBox closeOnly = robot.lookup("#backtest-close-only").queryAs(CheckBox.class);
        robot.interact(closeOnly::requestFocus);
        robot.type(KeyCode.SPACE);
        assertThat(closeOnly.isSelected()).isTrue();
        assertThat(panel.viewModel().formValid()).as(panel.viewModel().status().get()).isTrue();

        robot.clickOn("#backtest-run");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> panel.viewModel().run().get() != null && !panel.viewModel().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
        BacktestRequest fromPanel = panel.viewModel().run().get().result().request();
        long panelRun = panel.viewModel().run().get().id();
        workstation.tasks().close();
        ctx.close();

        new CliRunner(home).ok("backtest", "--strategy", "dwap-breakout", "--symbols", "S003.SX,S001.SX,S002.SX",
                "--from", "2021-01-04", "--to", "2023-06-30", "--capital", "250000", "--sizing", "fixed-fraction:0.2",
                "--max-positions", "3", "--close-only", "--commission", "bps:5", "--slippage", " 0",
                "--benchmark", "IDX.SX", "--rf", "0.03", "--seed", "42", "--leverage", "1.5", "--fractional",
                "--returns", "price");
        BacktestRequest fromCli;
        try (AppContext again = AppContext.open(home, false, new PrintWriter(new StringWriter()), ProgressSink.NONE)) {
            List<RunSummary> runs = again.runs().list();
            assertThat(runs).hasSize(2);
            RunSummary newest = runs.getFirst();
            assertThat(newest.id()).isNotEqualTo(panelRun);
            fromCli = again.runs().find(newest.id()).orElseThrow().result().request();
        }
        assertThat(fromPanel.riskFreeRate()).isEqualTo(0.03);
        assertThat(fromPanel.seed()).isEqualTo(42L);
        assertThat(fromPanel.account()).isEqualTo(new AccountRules(true, 1.5, false, ReturnMode.PRICE));
        assertThat(fromPanel.symbols()).containsExactly("S001.SX", "S002.SX", "S003.SX");
        assertThat(fromCli).isEqualTo(fromPanel);
    }
}
