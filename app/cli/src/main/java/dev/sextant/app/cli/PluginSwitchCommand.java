package dev.sextant.app.cli;

/** Shared by {@code plugins enable|disable}: an id the host does not know is the user's error, not a crash. */
final class PluginSwitchCommand {

    /** The JSON of {@code plugins enable|disable --json}. */
    record Switched(String id, boolean enabled) {
    }

    private PluginSwitchCommand() {
    }

    static void apply(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
