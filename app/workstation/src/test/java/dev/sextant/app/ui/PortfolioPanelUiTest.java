package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.ui.portfolio.PortfolioPanel;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Portfolio panel, headless: creating a portfolio from the form fills its equity chart, positions and post-mortems. */
class PortfolioPanelUiTest {

    @RegisterExtension
    final HeadlessWorkstation app = new HeadlessWorkstation();

    @Test
    void createdPortfolioShowsEquityPositionsAndPostMortems(FxRobot robot) throws Exception {
        robot.interact(() -> app.workstation().openPanel("portfolio"));
        PortfolioPanel panel = (PortfolioPanel) app.workstation().docking().panel("portfolio").orElseThrow();
        var vm = panel.viewModel();
        robot.interact(() -> FormScroll.toShow(robot.lookup("#portfolio-name").query()));
        robot.clickOn("#portfolio-name").write("ui-live");
        robot.clickOn("#portfolio-start").write("2024-03-01");
        robot.interact(() -> vm.choices().universe().set("sample-stocks"));
        robot.interact(() -> FormScroll.toShow(robot.lookup("#portfolio-create").query()));
        robot.clickOn("#portfolio-create");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.busy().get() || vm.shown().get() != null);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.shown().get() != null && !vm.busy().get());
        WaitForAsyncUtils.waitForFxEvents();

        var shown = vm.shown().get();
        assertThat(robot.lookup("#portfolio-summary").queryLabeled().getText()).startsWith("ui-live: ");
        assertThat(panel.curveCount()).isEqualTo(2); // equity and benchmark
        assertThat(panel.positionsTable().getItems()).hasSize(shown.positions().size());
        assertThat(panel.postMortemsTable().getItems()).hasSize(shown.postMortems().size()).isNotEmpty();
        assertThat(robot.lookup("#portfolio-status").queryLabeled().getText()).startsWith("Created ui-live");
        assertThat(app.context().paperPortfolios().find("ui-live")).isPresent();

        robot.interact(() -> FormScroll.toShow(robot.lookup("#portfolio-update").query()));
        robot.clickOn("#portfolio-update");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.busy().get()
                && robot.lookup("#portfolio-status").queryLabeled().getText().startsWith("Updated"));
        assertThat(robot.lookup("#portfolio-status").queryLabeled().getText()).startsWith("Updated ui-live: 0 new day(s)");

        robot.interact(() -> FormScroll.toShow(robot.lookup("#portfolio-whatif-since").query()));
        robot.clickOn("#portfolio-whatif-since").write("2024-09-02");
        robot.clickOn("#portfolio-whatif");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.busy().get() && vm.whatIf().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#portfolio-status").queryLabeled().getText()).startsWith("What if: dwap-breakout since 2024-09-0");
        assertThat(panel.curveCount()).isEqualTo(3); // equity, benchmark and the what-if
    }
}
