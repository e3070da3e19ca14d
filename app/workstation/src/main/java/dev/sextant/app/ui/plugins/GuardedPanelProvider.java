package dev.sextant.app.ui.plugins;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.plugins.ContributedPanel;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * A plugin's panel, guarded: when building its content throws, the plugin is reported and disabled
 * (see {@code PluginFailures}) and the panel shows that failure instead of its content, so the
 * window keeps working.
 */
public final class GuardedPanelProvider implements PanelProvider {

    private final ContributedPanel panel;

    private GuardedPanelProvider(ContributedPanel panel) {
        this.panel = panel;
    }

    /** The panel to show: a bundled core panel as it is, a plugin's panel guarded. */
    public static PanelProvider of(ContributedPanel panel) {
        return panel.core() ? panel.provider() : new GuardedPanelProvider(panel);
    }

    @Override
    public String id() {
        return panel.id();
    }

    @Override
    public String title() {
        return panel.title();
    }

    @Override
    public PanelLocation defaultLocation() {
        return panel.location();
    }

    @Override
    public Node create(PanelContext context) {
        try {
            return panel.provider().create(context);
        } catch (RuntimeException | LinkageError e) {
            Label failed = new Label(panel.failures().failed(panel.pluginId(), "panel '" + panel.id() + "'", e).getMessage());
            failed.setWrapText(true);
            failed.getStyleClass().add("plugin-failure");
            return failed;
        }
    }
}
