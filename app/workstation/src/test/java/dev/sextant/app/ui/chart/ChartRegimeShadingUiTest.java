package dev.sextant.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.job.FxTaskRunner;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.WorkspaceState;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chart's regime shading in a real scene, headless: the Regimes toggle paints bands behind the
 * candles where the x axis puts their bars, shows the legend, and turns both off again.
 *
 * <p>Not on {@link dev.sextant.app.ui.HeadlessWorkstation}: it shows one chart panel alone in its own scene, with
 * settings that are not saved ({@link ChartSettingsStore#none()}), not the workstation window with its docked panels
 * and stored layout, so that nothing else on screen paints or reloads while the shading is measured.
 */
@ExtendWith(ApplicationExtension.class)
class ChartRegimeShadingUiTest {

    @TempDir
    static Path home;
    AppContext ctx;
    FxTaskRunner tasks;
    ChartPanel panel;

    @Start
    void start(Stage stage) {
        ctx = SeededHome.open(home);
        tasks = new FxTaskRunner();
        WorkspaceState ws = new WorkspaceState(ctx.bars(), tasks);
        ResearchServices services = ctx.research();
        panel = new ChartPanel(new ChartViewModel(ws, ws.marks(), services::marketRegimes, ChartSettingsStore.none()));
        Scene scene = new Scene(panel, 1200, 800);
        scene.getStylesheets().add(ChartPanel.class.getResource("../sextant.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        ws.symbol().set("IDX.SX");
    }

    @AfterEach
    void close() {
        tasks.close();
        ctx.close();
    }

    @Test
    void theToggleShadesEachDaysRegimeBehindTheCandlesWithALegend(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.charts() != null && !panel.charts().hasPendingWrite());
        assertThat(robot.lookup("#chart-regime-legend").query().isVisible()).isFalse();

        robot.clickOn("#chart-regimes");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panel.viewModel().regimeBands().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        RegimeShading shading = panel.charts().shading();
        assertThat(shading.painted()).isPositive();
        assertThat(robot.lookup("#chart-regime-legend").query().isVisible()).isTrue();
        assertThat(robot.lookup("#chart-regime-note").queryAs(Label.class).getText())
                .isEqualTo("Market regime of each day, from IDX.SX with ^VOL.SX:");
        assertThat(robot.lookup(".chart-regime-name").queryAll()).hasSize(7);
        assertThat(robot.lookup("panic_crash").tryQuery()).isPresent();

        // the shading fills the plot area, and a band's edge sits where the time axis draws that bar's left edge
        var canvas = panel.charts().priceChart().getCanvas();
        assertThat(shading.getWidth()).isCloseTo(canvas.getWidth(), within(1.0));
        assertThat(shading.getHeight()).isCloseTo(canvas.getHeight(), within(1.0));
        RegimeBands bands = panel.viewModel().regimeBands().get();
        XRange range = panel.charts().range();
        int edge = -1;
        for (int k = 0; k < bands.size() && edge < 0; k++) {
            if (bands.from()[k] > range.from() + 1 && bands.from()[k] < range.to() - 1) {
                edge = bands.from()[k];
            }
        }
        assertThat(edge).as("a band starts inside the visible bars").isPositive();
        assertThat(shading.pixelOf(edge - 0.5))
                .isCloseTo(panel.charts().timeAxis().getDisplayPosition(edge - 0.5), within(1.0));

        robot.clickOn("#chart-regimes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shading.painted()).isZero();
        assertThat(robot.lookup("#chart-regime-legend").query().isVisible()).isFalse();
    }
}
