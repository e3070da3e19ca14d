package dev.sextant.app.ui.plugins;

import dev.sextant.engine.job.ProgressSink;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.plugin.testkit.PluginJar;
import dev.sextant.app.plugins.PluginState;
import dev.sextant.app.plugins.PluginStateStore;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.Workstation;
import dev.sextant.app.ui.plugins.PluginsViewModel.Row;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * Panels from plugins in the real window: a jar's panel opens, a jar's panel that throws shows its
 * failure and disables the plugin, the bundled cloud-sync Account panel reads its status, and the
 * Plugins panel lists them all and switches one off.
 */
@ExtendWith(ApplicationExtension.class)
class PluginPanelsUiTest {

    @TempDir
    static Path home;
    AppContext ctx;
    Workstation workstation;

    private static final String PANELS = """
            package fixture.panels;
            import dev.sextant.app.api.*;
            import dev.sextant.engine.spi.PluginDescriptor;
            import javafx.scene.Node;
            import javafx.scene.control.Label;

            public final class PanelsPlugin implements SextantPlugin {
                public PluginDescriptor descriptor() { return PluginDescriptor.of("jar-panels", "Jar panels", "1.0"); }
                public void register(PluginRegistrar registrar, PluginContext context) {
                    registrar.panel(panel("hello", "Hello", false));
                    registrar.panel(panel("broken", "Broken", true));
                }
                private static PanelProvider panel(String id, String title, boolean fails) {
                    return new PanelProvider() {
                        public String id() { return id; }
                        public String title() { return title; }
                        public PanelLocation defaultLocation() { return PanelLocation.BOTTOM; }
                        public Node create(PanelContext c) {
                            if (fails) { throw new IllegalStateException("no licence for this panel"); }
                            Label l = new Label("Hello from a jar, charting " + c.symbol().get());
                            l.setId("hello-label");
                            return l;
                        }
                    };
                }
            }
            """;

    @Start
    void start(Stage stage) throws Exception {
        PluginJar.build(home.resolve("plugins"), "panels.jar", "fixture.panels.PanelsPlugin",
                Map.of("fixture.panels.PanelsPlugin", PANELS), Map.of());
        try (AppContext first = SeededHome.open(home)) {
            first.plugins().enable("panels.jar"); // a new jar is not opened until the user enables it
        }
        PluginJar.build(home.resolve("plugins"), "later.jar", "fixture.later.LaterPlugin", Map.of("fixture.later.LaterPlugin",
                "package fixture.later;\n"
                + "import dev.sextant.app.api.*;\n"
                + "import dev.sextant.engine.spi.PluginDescriptor;\n"
                + "public final class LaterPlugin implements SextantPlugin {\n"
                + "    public PluginDescriptor descriptor() { return PluginDescriptor.of(\"later\", \"Later\", \"1\"); }\n"
                + "    public void register(PluginRegistrar registrar, PluginContext context) { }\n"
                + "}\n"), Map.of());
        ctx = AppContext.open(home, false, new PrintWriter(new StringWriter()), ProgressSink.NONE);
        workstation = new Workstation(ctx);
        workstation.show(stage);
    }

    @AfterEach
    void close() {
        workstation.tasks().close();
        ctx.close();
    }

    private long enabledJars() {
        return ctx.settings().list().stream()
                .filter(setting -> setting.name().matches("plugins\\.jar\\.[0-9a-f]{64}\\.enabled") && setting.value().equals("true"))
                .count();
    }

    @Test
    void pluginPanelsOpenFailSafelyAndAreListedInThePluginsPanel(FxRobot robot) throws Exception {
        robot.interact(() -> workstation.openPanel("hello"));
        assertThat(robot.lookup("#hello-label").queryLabeled().getText()).startsWith("Hello from a jar, charting ");

        robot.interact(() -> workstation.openPanel("broken"));
        Label failure = robot.lookup(".plugin-failure").queryAs(Label.class);
        assertThat(failure.getText()).contains("plugin 'jar-panels' failed in panel 'broken'")
                .contains("IllegalStateException: no licence for this panel");
        assertThat(ctx.plugins().status("jar-panels").orElseThrow().state()).isEqualTo(PluginState.DISABLED);

        robot.interact(() -> workstation.openPanel("account"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#account-table").queryTableView().getItems().isEmpty());
        assertThat(robot.lookup("#account-table").queryTableView().getItems().toString()).contains("(not signed in)");
        assertThat(robot.lookup("#account-push").queryButton().isDisabled()).isTrue();

        robot.interact(() -> workstation.openPanel(PluginsPanelProvider.ID));
        @SuppressWarnings("unchecked")
        TableView<Row> table = robot.lookup("#plugins-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(r -> r.status().id())
                .contains("sextant-builtin", "example-strategies", "cloud-sync", "jar-panels");
        assertThat(table.getItems()).filteredOn(r -> r.status().id().equals("jar-panels")).singleElement()
                .satisfies(r -> assertThat(r.status().problem()).contains("no licence for this panel"));

        assertThat(table.getItems()).filteredOn(r -> r.status().id().equals("later.jar")).singleElement()
                .satisfies(r -> assertThat(r.status().state().label()).isEqualTo("new, not enabled"));
        assertThat(enabledJars()).as("panels.jar").isEqualTo(1);
        robot.clickOn((javafx.scene.Node) robot.from(table)
                .lookup((javafx.scene.control.TableCell<?, ?> c) -> "later.jar".equals(c.getText())).query());
        robot.clickOn("#plugin-enable");
        assertThat(robot.lookup("#plugins-message").queryLabeled().getText())
                .isEqualTo("'later.jar' enabled: restart the workstation for it to take effect.");
        assertThat(enabledJars()).as("panels.jar and now later.jar").isEqualTo(2);

        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.status().id().equals("example-strategies")).findFirst().orElseThrow()));
        robot.clickOn("#plugin-disable");
        assertThat(robot.lookup("#plugins-message").queryLabeled().getText())
                .isEqualTo("'example-strategies' disabled: restart the workstation for it to take effect.");
        assertThat(new PluginStateStore(ctx.settings()).isEnabled("example-strategies")).isFalse();
        assertThat(table.getItems()).filteredOn(r -> r.status().id().equals("example-strategies")).singleElement()
                .satisfies(r -> assertThat(r.nextStart()).isEqualTo("disabled"));
    }
}
