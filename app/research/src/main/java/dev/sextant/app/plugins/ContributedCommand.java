package dev.sextant.app.plugins;

import dev.sextant.app.api.CommandProvider;

/**
 * A CLI command an active plugin contributed, with what reports its failures. The CLI runs it (see
 * {@code dev.sextant.app.cli.PluginCommand}); the plugin host only collects it.
 */
public record ContributedCommand(String pluginId, CommandProvider provider, PluginFailures failures) {

    public String name() {
        return provider.name();
    }
}
