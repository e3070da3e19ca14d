package dev.sextant.engine.preset;

import java.util.Objects;

/**
 * A user's saved preset as the home keeps it: its name, its version and its JSON text (the form
 * {@code ./sextant preset export} writes), with where it was imported from.
 *
 * @param source the file the preset was imported from, or null when unknown
 */
public record StoredPreset(String name, int version, String json, String source) {

    public StoredPreset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
        if (version < 1) {
            throw new IllegalArgumentException("preset '" + name + "': version must be at least 1, got " + version);
        }
    }
}
