package dev.sextant.app.plugins;

import dev.sextant.engine.settings.SettingsStore;
import java.util.Optional;

/**
 * Whether each plugin is enabled, kept in the settings: {@code plugins.<id>.enabled} ({@code true}
 * unless set to {@code false}) and {@code plugins.<id>.failure}, the failure that disabled it while
 * running (empty once re-enabled). A plugin's own settings live under {@code plugin.<id>.}, apart
 * from these.
 */
public final class PluginStateStore {

    private final SettingsStore settings;

    public PluginStateStore(SettingsStore settings) {
        this.settings = settings;
    }

    public boolean isEnabled(String id) {
        return !"false".equals(settings.get(enabledKey(id)).orElse("true"));
    }

    /** The failure that disabled the plugin while it ran, if that is why it is off. */
    public Optional<String> failure(String id) {
        return settings.get(failureKey(id)).filter(s -> !s.isEmpty());
    }

    public void enable(String id) {
        settings.set(enabledKey(id), "true");
        settings.set(failureKey(id), "");
    }

    public void disable(String id) {
        settings.set(enabledKey(id), "false");
    }

    public void disableAfterFailure(String id, String problem) {
        settings.set(enabledKey(id), "false");
        settings.set(failureKey(id), problem);
    }

    private static String enabledKey(String id) {
        return "plugins." + id + ".enabled";
    }

    private static String failureKey(String id) {
        return "plugins." + id + ".failure";
    }
}
