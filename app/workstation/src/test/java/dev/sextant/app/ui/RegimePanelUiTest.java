package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.ui.regime.RegimePanel;
import dev.sextant.engine.regime.MarketRegime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The regime panel, headless: opening it classifies the sample index and shows today's regime, the heatmap, transitions and skill. */
@ExtendWith(ApplicationExtension.class)
class RegimePanelUiTest {

    @TempDir
    static Path home;
    AppContext ctx;
    Workstation workstation;

    @Start
    void start(Stage stage) throws Exception {
        Files.deleteIfExists(home.resolve("ui/layout.json"));
        ctx = SeededHome.open(home);
        workstation = new Workstation(ctx);
        workstation.show(stage);
    }

    @AfterEach
    void close() {
        workstation.tasks().close();
        ctx.close();
    }

    @Test
    void openingThePanelClassifiesTheSampleIndexAndShowsTheResults(FxRobot robot) throws Exception {
        robot.interact(() -> workstation.openPanel("regime"));
        RegimePanel panel = (RegimePanel) workstation.docking().panel("regime").orElseThrow();
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
        assertThat(panel.transitions().getChildren()).hasSize(1 + MarketRegime.COUNT + MarketRegime.COUNT * (1 + MarketRegime.COUNT));
        assertThat(panel.skillTable().getItems()).extracting(k -> k.horizon()).containsExactly(1, 5, 10, 20);
        assertThat(robot.lookup("#regime-status").queryLabeled().getText())
                .endsWith(String.format(java.util.Locale.ROOT, "; saved %,d.", run.days().size()));

        robot.interact(() -> panel.viewModel().shownDays().set(120));
        assertThat(panel.heatmap().shownDays()).isEqualTo(120);

        robot.interact(() -> panel.viewModel().index().text().set("NOPE"));
        robot.clickOn("#regime-refresh");
        assertThat(robot.lookup("#regime-status").queryLabeled().getText()).isEqualTo("Fix the fields marked in red first.");
    }
}
