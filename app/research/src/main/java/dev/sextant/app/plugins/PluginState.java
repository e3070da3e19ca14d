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
    INCOMPATIBLE,
    /** A user jar that is new or changed since the user enabled it: not opened until enabled ({@code plugins enable}). */
    NEW,
    /** A user jar left out because the workstation started in safe mode. */
    SKIPPED;

    public String label() {
        return switch (this) {
            case NEW -> "new, not enabled";
            case SKIPPED -> "skipped (safe mode)";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }
}
