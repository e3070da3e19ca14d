package dev.sextant.data.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.data.db.Database;
import dev.sextant.engine.preset.StoredPreset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved presets in a real H2 file: saved together or not at all, replaced by name, kept across a restart. */
class JooqPresetRepositoryTest {

    @TempDir
    Path home;

    @Test
    void presetsAreSavedInOneTransactionReplacedByNameAndSurviveARestart() {
        StoredPreset a = new StoredPreset("alpha", 1, "{\"name\":\"alpha\"}", "/packs/a.json");
        StoredPreset b = new StoredPreset("beta", 1, "{\"name\":\"beta\"}", null);
        try (Database db = Database.open(home)) {
            JooqPresetRepository repo = new JooqPresetRepository(db.dsl());
            repo.saveAll(List.of(b, a));
            StoredPreset tooLong = new StoredPreset("x".repeat(65), 1, "{}", null);
            assertThatThrownBy(() -> repo.saveAll(List.of(new StoredPreset("gamma", 1, "{}", null), tooLong)))
                    .as("a name longer than the column fails the whole batch");
            assertThat(repo.find("gamma")).as("nothing of the failed batch is kept").isEmpty();
            repo.saveAll(List.of(new StoredPreset("alpha", 2, "{\"name\":\"alpha\",\"v\":2}", "/packs/a2.json")));
        }
        try (Database db = Database.open(home)) {
            JooqPresetRepository repo = new JooqPresetRepository(db.dsl());
            assertThat(repo.list()).containsExactly(new StoredPreset("alpha", 2, "{\"name\":\"alpha\",\"v\":2}",
                    "/packs/a2.json"), b);
            repo.delete("beta");
            assertThat(repo.find("beta")).isEmpty();
            assertThatThrownBy(() -> repo.delete("beta")).hasMessage("no saved preset named 'beta'");
        }
    }
}
