package dev.sextant.app.plugins;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * A plugin's panel: id, title and place are read once when it is registered; when building its
 * content throws, the plugin is reported and disabled (see {@link PluginFailures}) and the panel
 * shows that failure instead of its content, so the window keeps working.
 */
final class GuardedPanelProvider implements PanelProvider {

    private final String pluginId;
    private final PanelProvider delegate;
    private final PluginFailures failures;
    private final String id;
    private final String title;
    private final PanelLocation location;

    GuardedPanelProvider(String pluginId, PanelProvider delegate, PluginFailures failures) {
        this.pluginId = pluginId;
        this.delegate = delegate;
        this.failures = failures;
        this.id = delegate.id();
        this.title = delegate.title();
        this.location = delegate.defaultLocation();
        if (id == null || title == null || title.isBlank() || location == null) {
            throw new IllegalArgumentException("panel " + delegate.getClass().getName() + " needs an id, a title and a location");
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public PanelLocation defaultLocation() {
        return location;
    }

    @Override
    public Node create(PanelContext context) {
        try {
            return delegate.create(context);
        } catch (RuntimeException | LinkageError e) {
            Label failed = new Label(failures.failed(pluginId, "panel '" + id + "'", e).getMessage());
            failed.setWrapText(true);
            failed.getStyleClass().add("plugin-failure");
            return failed;
        }
    }
}
