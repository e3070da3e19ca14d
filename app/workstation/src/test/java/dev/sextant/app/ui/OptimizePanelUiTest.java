package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.research.RunOn;
import dev.sextant.app.ui.optimize.OptimizePanel;
import dev.sextant.engine.optimize.Trial;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The optimizer panel, headless: a 12-trial sma-cross study on sample-sectors fills the trials table, the chart, importance and the surface. */
class OptimizePanelUiTest {

    @RegisterExtension
    final HeadlessWorkstation app = new HeadlessWorkstation();

    @Test
    void aSmallStudyShowsItsTrialsImportanceAndSurface(FxRobot robot) throws Exception {
        robot.interact(() -> app.workstation().openPanel("optimizer"));
        OptimizePanel panel = (OptimizePanel) app.workstation().docking().panel("optimizer").orElseThrow();
        var vm = panel.viewModel();
        robot.interact(() -> vm.choices().strategy().set("sma-cross"));
        robot.interact(() -> robot.lookup("#optimize-high-fast").queryTextInputControl().setText("1"));
        assertThat(robot.lookup(".field-error").queryAllAs(javafx.scene.control.Label.class))
                .anySatisfy(l -> assertThat(l.isVisible() && l.getText().equals("fast high: below fast's minimum 2")).isTrue());
        robot.interact(() -> {
            robot.lookup("#optimize-low-fast").queryTextInputControl().setText("4");
            robot.lookup("#optimize-high-fast").queryTextInputControl().setText("40");
            robot.lookup("#optimize-step-fast").queryTextInputControl().setText("4");
            robot.lookup("#optimize-low-slow").queryTextInputControl().setText("50");
            robot.lookup("#optimize-high-slow").queryTextInputControl().setText("200");
            vm.choices().universe().set("sample-sectors");
            vm.sampler().set("random");
            vm.trialCount().text().set("12");
            vm.seed().text().set("7");
        });
        robot.clickOn("#optimize-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.busy().get() || vm.result().get() != null);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.result().get() != null && !vm.busy().get());
        WaitForAsyncUtils.waitForFxEvents();

        var result = vm.result().get();
        assertThat(result.trials()).hasSize(12);
        assertThat(panel.trialsTable().getItems()).extracting(Trial::number).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(result.best()).isNotNull();
        assertThat(panel.plottedTrials()).isEqualTo((int) result.trials().stream().filter(Trial::isComplete).count());
        assertThat(panel.importanceTable().getItems()).isNotEmpty().extracting(e -> e.getKey())
                .containsExactlyInAnyOrderElementsOf(result.importance().keySet());
        assertThat(vm.searchedNames()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(panel.surface().getChildren()).isNotEmpty();
        assertThat(robot.lookup("#optimize-status").queryLabeled().getText()).startsWith("Study " + result.request().name() + ": 12 trials");
        assertThat(app.context().studies().loadTrials(result.request().name())).hasSize(12);

        robot.interact(() -> vm.surfaceY().set(vm.searchedNames().getLast()));
        assertThat(panel.surface().getChildren()).isNotEmpty();
        assertThat(result.trials()).allSatisfy(t -> {
            assertThat((Integer) t.params().get("fast") % 4).isZero();
            assertThat((Integer) t.params().get("slow")).isBetween(50, 200);
        });

        // reopen it from the stored studies after changing the form: the same trials show, nothing is evaluated
        robot.interact(() -> {
            robot.lookup("#optimize-step-fast").queryTextInputControl().setText("");
            vm.trialCount().text().set("50");
        });
        robot.interact(() -> FormScroll.toBottom(robot.lookup("#optimize-history").query()));
        robot.doubleClickOn(robot.lookup("#optimize-history .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.status().get().contains("reopened as stored"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.result().get().evaluated()).isZero();
        assertThat(panel.trialsTable().getItems()).hasSize(12);
        assertThat(robot.lookup("#optimize-step-fast").queryTextInputControl().getText()).isEqualTo("4");
        assertThat(robot.lookup("#optimize-trials").queryTextInputControl().getText()).isEqualTo("12");
        assertThat(app.context().studies().loadTrials(result.request().name())).hasSize(12);
    }

    /** Without the Spark module on the class path (as here) its choice is disabled and the panel says how to build it. */
    @Test
    void withoutTheSparkModuleOnlyThisComputerCanBeChosen(FxRobot robot) {
        robot.interact(() -> app.workstation().openPanel("optimizer"));
        OptimizePanel panel = (OptimizePanel) app.workstation().docking().panel("optimizer").orElseThrow();
        assertThat(robot.lookup("#optimize-run-spark").queryAs(javafx.scene.control.RadioButton.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#optimize-run-local").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#optimize-run-on-note").queryLabeled().getText()).isEqualTo(RunOn.MODULE_MISSING);
        robot.clickOn("#optimize-run-spark"); // a disabled button takes no click
        assertThat(panel.viewModel().runOn().cluster().get()).isFalse();
        assertThat(robot.lookup("#optimize-cluster-master").queryAs(javafx.scene.Node.class).getParent().getParent().isVisible()).isFalse();
    }
}
