package dev.sextant.app.plugins;

import dev.sextant.engine.settings.Setting;
import dev.sextant.engine.settings.SettingsStore;
import java.util.List;
import java.util.Optional;

/**
 * Whether each plugin is enabled, kept in the settings: {@code plugins.<id>.enabled} ({@code true}
 * unless set to {@code false}) and {@code plugins.<id>.failure}, the failure that disabled it while
 * running (empty once re-enabled). A plugin's own settings live under {@code plugin.<id>.}, apart
 * from these.
 *
 * <p>User jars are enabled by content: {@code plugins.jar.<sha256>.enabled} is absent for a jar the
 * user has not decided on (new, or changed since), {@code true} once enabled and {@code false} when
 * turned off, with {@code plugins.jar.<sha256>.failure} saying why. {@code plugins.<id>.jar} remembers
 * the jar a plugin came from, so that it can be named in safe mode, when no jar is opened.
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

    /** Whether the user enabled the jar with this content: empty if never asked (a new or changed jar). */
    public Optional<Boolean> jarEnabled(String sha256) {
        return settings.get(jarKey(sha256, "enabled")).map("true"::equals);
    }

    public Optional<String> jarFailure(String sha256) {
        return settings.get(jarKey(sha256, "failure")).filter(s -> !s.isEmpty());
    }

    public void enableJar(String sha256) {
        settings.set(jarKey(sha256, "enabled"), "true");
        settings.set(jarKey(sha256, "failure"), "");
    }

    public void disableJar(String sha256, String reason) {
        settings.set(jarKey(sha256, "enabled"), "false");
        settings.set(jarKey(sha256, "failure"), reason);
    }

    /** Remembers that plugin {@code id} came from the jar named {@code jarFileName}. */
    void rememberJar(String id, String jarFileName) {
        if (!settings.get(sourceKey(id)).orElse("").equals(jarFileName)) {
            settings.set(sourceKey(id), jarFileName);
        }
    }

    /** The ids of the plugins that came from the jar named {@code jarFileName} when it was last loaded, sorted. */
    List<String> idsFromJar(String jarFileName) {
        return settings.list().stream()
                .filter(s -> s.name().startsWith("plugins.") && s.name().endsWith(".jar") && s.value().equals(jarFileName))
                .map(Setting::name)
                .map(n -> n.substring("plugins.".length(), n.length() - ".jar".length()))
                .filter(id -> !id.startsWith("jar."))
                .sorted().toList();
    }

    private static String jarKey(String sha256, String what) {
        return "plugins.jar." + sha256 + "." + what;
    }

    private static String sourceKey(String id) {
        return "plugins." + id + ".jar";
    }

    private static String enabledKey(String id) {
        return "plugins." + id + ".enabled";
    }

    private static String failureKey(String id) {
        return "plugins." + id + ".failure";
    }
}
