package dev.sextant.app.ui.plugins;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.plugins.PluginHost;
import java.nio.file.Path;
import javafx.scene.Node;

/** The Plugins panel ({@code plugins}). */
public final class PluginsPanelProvider implements PanelProvider {

    public static final String ID = "plugins";

    private final PluginHost host;
    private final Path folder;

    public PluginsPanelProvider(PluginHost host, Path folder) {
        this.host = host;
        this.folder = folder;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Plugins";
    }

    @Override
    public PanelLocation defaultLocation() {
        return PanelLocation.BOTTOM;
    }

    @Override
    public Node create(PanelContext context) {
        return new PluginsPanel(new PluginsViewModel(host, folder));
    }
}
