package dev.sextant.app.plugins;

/** A plugin threw while the workstation used it; the message names the plugin and what it was doing. */
public final class PluginFailureException extends RuntimeException {

    private final String pluginId;

    PluginFailureException(String pluginId, String message, Throwable cause) {
        super(message, cause);
        this.pluginId = pluginId;
    }

    public String pluginId() {
        return pluginId;
    }
}
