package dev.sextant.app.api;

import java.util.Optional;

/**
 * String settings in the plugin's own namespace: {@code get("threshold")} reads the workstation
 * setting {@code plugin.<id>.threshold}, which users can also set with
 * {@code ./sextant settings set plugin.<id>.threshold VALUE}. Names use lower-case letters, digits,
 * '.', '_' and '-'.
 */
public interface PluginSettings {

    Optional<String> get(String name);

    void set(String name, String value);
}
