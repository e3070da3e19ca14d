package dev.sextant.engine.preset;

import java.util.List;
import java.util.Optional;

/** The user's saved presets by name. */
public interface PresetRepository {

    /** All saved presets, by name. */
    List<StoredPreset> list();

    Optional<StoredPreset> find(String name);

    /** Saves every preset, replacing one of the same name, in one transaction: all of them or none. */
    void saveAll(List<StoredPreset> presets);

    /** @throws IllegalArgumentException when no preset of that name is saved */
    void delete(String name);
}
