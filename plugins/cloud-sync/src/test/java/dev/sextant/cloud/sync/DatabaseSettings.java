package dev.sextant.cloud.sync;

import dev.sextant.cloud.sync.plugin.CloudSyncPlugin;

import dev.sextant.app.api.PluginSettings;
import dev.sextant.data.settings.SettingsRepository;
import java.util.Optional;

/** The plugin's settings as the workstation keeps them: {@code plugin.cloud-sync.<name>} in the settings table. */
public final class DatabaseSettings implements PluginSettings {

    private final SettingsRepository settings;

    public DatabaseSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public Optional<String> get(String name) {
        return settings.get("plugin." + CloudSyncPlugin.ID + "." + name);
    }

    @Override
    public void set(String name, String value) {
        settings.set("plugin." + CloudSyncPlugin.ID + "." + name, value);
    }
}
