package dev.sextant.app.plugins;

import dev.sextant.app.api.PluginSettings;
import dev.sextant.engine.settings.SettingsStore;
import java.util.Optional;

/** A plugin's settings: name {@code x} is the workstation setting {@code plugin.<id>.x}. */
final class NamespacedSettings implements PluginSettings {

    private final SettingsStore settings;
    private final String prefix;

    NamespacedSettings(SettingsStore settings, String pluginId) {
        this.settings = settings;
        this.prefix = "plugin." + pluginId + ".";
    }

    @Override
    public Optional<String> get(String name) {
        return settings.get(prefix + name);
    }

    @Override
    public void set(String name, String value) {
        settings.set(prefix + name, value);
    }
}
