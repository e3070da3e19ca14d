package dev.sextant.app.plugins;

import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;

/**
 * A panel an active plugin contributed. Its id, title and place are read once, here, when the
 * plugin registers, so a panel without them fails the registration. The workstation builds the
 * panel and guards a plugin's panel against failures (unless {@code core}).
 */
public record ContributedPanel(String pluginId, PanelProvider provider, PluginFailures failures, boolean core,
                               String id, String title, PanelLocation location) {

    public ContributedPanel {
        if (id == null || title == null || title.isBlank() || location == null) {
            throw new IllegalArgumentException("panel " + provider.getClass().getName() + " needs an id, a title and a location");
        }
    }

    static ContributedPanel of(String pluginId, PanelProvider provider, PluginFailures failures, boolean core) {
        return new ContributedPanel(pluginId, provider, failures, core, provider.id(), provider.title(),
                provider.defaultLocation());
    }
}
