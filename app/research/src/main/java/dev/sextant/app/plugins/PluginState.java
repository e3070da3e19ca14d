package dev.sextant.app.plugins;

import java.util.Locale;

/** What became of a plugin at start (or later, when it failed while running). */
public enum PluginState {
    /** Registered; its contributions are in use. */
    ACTIVE,
    /** Turned off by the user, or after it failed while running ({@code plugins enable ID} turns it back on). */
    DISABLED,
    /** Could not be loaded or registered. */
    FAILED,
    /** Built for an API version this workstation does not support. */
    INCOMPATIBLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
