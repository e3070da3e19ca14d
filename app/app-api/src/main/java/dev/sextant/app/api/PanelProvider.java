package dev.sextant.app.api;

import javafx.scene.Node;

/**
 * Contributes one dockable panel to the workstation. The {@link #id()} is stable: saved layouts
 * refer to panels by it, so it never changes once released. Bundled and plugin panels are both
 * created through this interface; a plugin hands its panels to {@link PluginRegistrar#panel}.
 */
public interface PanelProvider {

    /** Stable identifier used in saved layouts, e.g. {@code chart}. Lower case, no spaces. */
    String id();

    /** Title shown on the panel's tab. */
    String title();

    /** Where the panel goes when a layout does not place it. */
    PanelLocation defaultLocation();

    /** Builds the panel's content; called on the FX thread, at most once per open panel. */
    Node create(PanelContext context);
}
