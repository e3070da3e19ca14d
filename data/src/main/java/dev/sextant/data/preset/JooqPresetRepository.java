package dev.sextant.data.preset;

import static dev.sextant.data.jooq.Tables.PRESET;

import dev.sextant.data.jooq.tables.records.PresetRecord;
import dev.sextant.engine.preset.PresetRepository;
import dev.sextant.engine.preset.StoredPreset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Saved presets in H2 (table {@code preset}, migration V15), one row per name. */
public final class JooqPresetRepository implements PresetRepository {

    private final DSLContext dsl;

    public JooqPresetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<StoredPreset> list() {
        return dsl.selectFrom(PRESET).orderBy(PRESET.NAME).fetch(JooqPresetRepository::preset);
    }

    @Override
    public Optional<StoredPreset> find(String name) {
        return dsl.selectFrom(PRESET).where(PRESET.NAME.eq(name)).fetchOptional(JooqPresetRepository::preset);
    }

    @Override
    public void saveAll(List<StoredPreset> presets) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (StoredPreset p : presets) {
                tx.deleteFrom(PRESET).where(PRESET.NAME.eq(p.name())).execute();
                tx.insertInto(PRESET)
                        .set(PRESET.NAME, p.name())
                        .set(PRESET.VERSION, p.version())
                        .set(PRESET.JSON, p.json())
                        .set(PRESET.SOURCE, p.source())
                        .execute();
            }
        });
    }

    @Override
    public void delete(String name) {
        if (dsl.deleteFrom(PRESET).where(PRESET.NAME.eq(name)).execute() == 0) {
            throw new IllegalArgumentException("no saved preset named '" + name + "'");
        }
    }

    private static StoredPreset preset(PresetRecord r) {
        return new StoredPreset(r.getName(), r.getVersion(), r.getJson(), r.getSource());
    }
}
