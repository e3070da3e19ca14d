package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.research.WalkForwardService;
import dev.sextant.app.ui.walkforward.WalkForwardPanel;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The walk-forward panel, headless: a small sma-cross run on sample-sectors shows its folds, stitched equity and WFE/DSR/PBO explained. */
class WalkForwardPanelUiTest {

    @RegisterExtension
    final HeadlessWorkstation app = new HeadlessWorkstation();

    @Test
    void aSmallWalkForwardShowsFoldsEquityAndExplainedStatistics(FxRobot robot) throws Exception {
        robot.interact(() -> app.workstation().openPanel("walkforward"));
        WalkForwardPanel panel = (WalkForwardPanel) app.workstation().docking().panel("walkforward").orElseThrow();
        var vm = panel.viewModel();
        robot.interact(() -> robot.lookup("#wf-purge").queryTextInputControl().setText("-2"));
        assertThat(robot.lookup(".field-error").queryAllAs(javafx.scene.control.Label.class))
                .anySatisfy(l -> assertThat(l.isVisible() && l.getText().equals("0 or more bars")).isTrue());
        robot.interact(() -> {
            robot.lookup("#wf-purge").queryTextInputControl().setText("2");
            robot.lookup("#wf-embargo").queryTextInputControl().setText("1");
            vm.choices().strategy().set("sma-cross");
            vm.choices().universe().set("sample-sectors");
            vm.inSample().text().set("3y");
            vm.outOfSample().text().set("3y");
            vm.sampler().set("random");
            vm.trials().text().set("6");
            vm.seed().text().set("3");
        });
        robot.clickOn("#wf-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.busy().get() || vm.run().get() != null);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> vm.run().get() != null && !vm.busy().get());
        WaitForAsyncUtils.waitForFxEvents();

        var run = vm.run().get();
        assertThat(run.folds()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(panel.foldsTable().getItems()).hasSize(run.folds().size());
        assertThat(panel.chartedPoints(WalkForwardPanel.OUT_OF_SAMPLE))
                .isEqualTo(run.summary().oosEquity().size()).isPositive();
        assertThat(panel.chartedPoints(WalkForwardPanel.IN_SAMPLE_PACE)).isEqualTo(panel.chartedPoints(WalkForwardPanel.OUT_OF_SAMPLE));
        assertThat(run.plan().purgeBars()).isEqualTo(2);
        assertThat(run.plan().embargoBars()).isEqualTo(1);
        assertThat(panel.tile("WFE").get(2)).startsWith("WFE ").endsWith(WalkForwardService.WFE_MEANING);
        assertThat(panel.tile("DSR").get(2)).startsWith("DSR ").endsWith(WalkForwardService.DSR_MEANING);
        assertThat(panel.tile("PBO").get(2)).startsWith("PBO ").endsWith(WalkForwardService.PBO_MEANING);
        assertThat(robot.lookup("#wf-status").queryLabeled().getText()).startsWith("Walk-forward " + run.id() + " ");
        assertThat(app.context().walkForwards().find(run.id())).isPresent();

        // reopen it from the saved runs after clearing the form: the same run shows, nothing is recomputed
        assertThat(panel.historyList().getItems()).extracting(r -> r.id()).containsExactly(run.id());
        robot.interact(() -> {
            vm.purge().text().set("0");
            vm.inSample().text().set("2y");
        });
        robot.interact(() -> FormScroll.toBottom(robot.lookup("#wf-history").query()));
        robot.doubleClickOn(robot.lookup("#wf-history .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.status().get().contains("reopened"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#wf-status").queryLabeled().getText()).startsWith("Walk-forward " + run.id() + " (")
                .contains("reopened");
        assertThat(robot.lookup("#wf-purge").queryTextInputControl().getText()).isEqualTo("2");
        assertThat(robot.lookup("#wf-is").queryTextInputControl().getText()).isEqualTo("3y");
        assertThat(panel.foldsTable().getItems()).hasSize(run.folds().size());
        assertThat(app.context().walkForwards().list()).hasSize(1);
    }
}
