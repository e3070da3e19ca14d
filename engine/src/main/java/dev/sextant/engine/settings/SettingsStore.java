package dev.sextant.engine.settings;

import java.util.List;
import java.util.Optional;

/** Port: named string settings of the home, e.g. {@code provider.polygon.apikey}. */
public interface SettingsStore {

    Optional<String> get(String name);

    /**
     * Stores {@code value} under {@code name}, replacing an earlier value.
     *
     * @throws IllegalArgumentException naming the setting when the name is not lower-case letters, digits, '.', '_'
     *         and '-'
     */
    void set(String name, String value);

    /** Every setting, sorted by name. */
    List<Setting> list();
}
