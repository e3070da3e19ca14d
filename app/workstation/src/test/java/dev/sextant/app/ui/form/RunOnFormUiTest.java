package dev.sextant.app.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.research.RunOn;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The "Run on" row with the Spark module said present (it is not on this module's class path; the optimizer panel
 * test sees the real, disabled state): choosing Spark shows the master and data folder, a bad master URL shows
 * RunOn's message under the field, choosing this computer again hides them and the run is local.
 */
@ExtendWith(ApplicationExtension.class)
class RunOnFormUiTest {

    private final RunOnChoice choice = new RunOnChoice(Path.of("/tmp/sextant-home"), () -> true);

    @Start
    void start(Stage stage) {
        VBox root = new VBox(new FormGrid().addRunOn(choice, "t"));
        stage.setScene(new Scene(root, 700, 300));
        stage.show();
    }

    @Test
    void choosingSparkTypingABadMasterAndGoingBack(FxRobot robot) {
        assertThat(shown(robot.lookup("#t-cluster-master").queryAs(Node.class))).isFalse();
        robot.clickOn("#t-run-spark");
        assertThat(choice.cluster().get()).isTrue();
        assertThat(shown(robot.lookup("#t-cluster-master").queryAs(Node.class))).isTrue();
        assertThat(choice.runOn()).isEqualTo(new RunOn("local[*]", "/tmp/sextant-home/spark-data"));

        robot.clickOn("#t-cluster-master");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("spark:/node1");
        String expected = "cluster master 'spark:/node1' is not a Spark master URL: give local[*], local[N],"
                + " spark://host:7077, yarn or k8s://https://host:port";
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).filteredOn(RunOnFormUiTest::shown)
                .extracting(Label::getText).containsExactly(expected);
        assertThat(choice.valid()).isFalse();

        robot.clickOn("#t-run-local");
        assertThat(choice.cluster().get()).isFalse();
        assertThat(shown(robot.lookup("#t-cluster-master").queryAs(Node.class))).isFalse();
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).noneMatch(RunOnFormUiTest::shown);
        assertThat(choice.valid()).isTrue();
        assertThat(choice.runOn()).isSameAs(RunOn.LOCAL);
    }

    /** Whether {@code node} and every parent are visible, that is whether the user sees it. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
