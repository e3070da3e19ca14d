package dev.sextant.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the whole workstation, the drawing shortcuts Alt+F, Alt+V and Alt+H reach the chart under the pointer rather
 * than open the File, View and Help menus whose mnemonics share their letters.
 */
class DrawingShortcutsUiTest {

    @RegisterExtension
    final HeadlessWorkstation app = new HeadlessWorkstation();

    @Test
    void drawingShortcutsOverTheChartChooseToolsAndOpenNoMenu(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#chart-readout").tryQuery()
                .map(n -> !((javafx.scene.control.Label) n).getText().isEmpty()).orElse(false));
        robot.clickOn("#chart-area"); // the quick-open field has the keyboard at start; a click gives it to the chart
        MenuButton draw = robot.lookup("#chart-draw").queryAs(MenuButton.class);
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (var shortcut : new Object[][] {{KeyCode.F, "Fibonacci retracement"}, {KeyCode.V, "Vertical line"},
                {KeyCode.H, "Horizontal line"}, {KeyCode.T, "Trend line"}}) {
            KeyCode key = (KeyCode) shortcut[0];
            robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(draw.getText()).isEqualTo(shortcut[1]);
            assertThat(menus.getMenus()).noneMatch(javafx.scene.control.Menu::isShowing);
        }
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(draw.getText()).isEqualTo("Draw");
    }
}
