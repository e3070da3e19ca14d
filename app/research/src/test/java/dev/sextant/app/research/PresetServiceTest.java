package dev.sextant.app.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.app.api.PresetPack;
import dev.sextant.data.db.Database;
import dev.sextant.data.preset.JooqPresetRepository;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presets of a home on a real H2 file: built-in, a plugin's pack, imports all or nothing, versions, export, delete. */
class PresetServiceTest {

    private static final StrategyCatalog STRATEGIES = StrategyCatalog.load();

    @TempDir
    Path dir;

    private static String preset(String name, int version, String strategy) {
        return "{\"schema\": 1, \"name\": \"" + name + "\", \"version\": " + version + ", \"strategy\": \"" + strategy
                + "\", \"simulation\": {\"max_positions\": " + (version + 1) + "}}";
    }

    @Test
    void theBuiltInPresetsAreTheIssuesTwoSystems() {
        try (Database db = Database.open(dir.resolve("home"))) {
            PresetService service = new PresetService(STRATEGIES, new JooqPresetRepository(db.dsl()), Map.of());
            Preset classic = service.get("dwap-classic");
            assertThat(classic.strategy()).isEqualTo("dwap-breakout");
            assertThat(classic.params()).isEqualTo(Map.of("stopLoss", 0.08, "profitTarget", 0.2, "trailingStop", 0.0));
            assertThat(classic.simulation().sizing()).isEqualTo("fixed-amount:15000");
            assertThat(classic.simulation().maxPositions()).isEqualTo("6");
            assertThat(classic.simulation().fill()).isEqualTo("same-close");
            assertThat(classic.simulation().closeOnly()).isTrue();
            assertThat(classic.simulation().fractional()).isTrue();
            assertThat(classic.simulation().reentry()).isEqualTo("same-close");
            assertThat(classic.simulation().returns()).isEqualTo("price");
            assertThat(classic.rules().marketFilter()).isEqualTo("SPY:sma200");
            assertThat(classic.rules().circuitBreaker()).isEqualTo("3:10:trailing");

            Preset honest = service.get("dwap-honest");
            assertThat(honest.params()).isEqualTo(classic.params());
            assertThat(honest.rules()).isEqualTo(classic.rules());
            assertThat(honest.simulation().sizing()).isEqualTo("fixed-amount:15000");
            assertThat(honest.simulation().maxPositions()).isEqualTo("6");
            assertThat(honest.simulation().fill()).isEqualTo("next-open");
            assertThat(honest.simulation().closeOnly()).isFalse();
            assertThat(honest.simulation().fractional()).isFalse();
            assertThat(honest.simulation().reentry()).isEqualTo("none");
            assertThat(honest.simulation().returns()).isEqualTo("total");
            assertThatThrownBy(() -> service.get("dwap-clasic"))
                    .hasMessage("preset 'dwap-clasic': no such preset (known: dwap-classic, dwap-honest)");
        }
    }

    @Test
    void aFolderImportsAllOrNothingAndASavedPresetIsReplacedOnlyByAHigherVersion() throws Exception {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("a.json"), preset("alpha", 1, "sma-cross"));
        Files.writeString(pack.resolve("b.json"), preset("beta", 1, "dwap-breakout"));
        Files.writeString(pack.resolve("c.json"), preset("gamma", 1, "no-such-strategy"));
        Files.writeString(pack.resolve("notes.txt"), "not a preset");
        try (Database db = Database.open(dir.resolve("home"))) {
            PresetService service = new PresetService(STRATEGIES, new JooqPresetRepository(db.dsl()), Map.of());
            assertThatThrownBy(() -> service.importPath(pack))
                    .hasMessageStartingWith(pack.resolve("c.json") + ": field 'strategy' = \"no-such-strategy\": unknown strategy");
            assertThat(service.names()).containsExactly("dwap-classic", "dwap-honest");

            Files.delete(pack.resolve("c.json"));
            assertThat(service.importPath(pack)).extracting(Preset::label).containsExactly("alpha@1", "beta@1");
            assertThat(service.list()).extracting(l -> l.preset().name() + " " + l.origin())
                    .containsExactly("dwap-classic built-in", "dwap-honest built-in", "alpha saved", "beta saved");

            Path again = Files.writeString(dir.resolve("alpha.json"), preset("alpha", 1, "sma-cross"));
            assertThatThrownBy(() -> service.importPath(again)).hasMessage(again
                    + ": preset 'alpha' version 1 is already saved; import a higher version to replace it, got version 1");
            Files.writeString(again, preset("alpha", 2, "sma-cross"));
            service.importPath(again);
            assertThat(service.get("alpha").version()).isEqualTo(2);
            assertThat(service.get("alpha").simulation().maxPositions()).isEqualTo("3");

            Path clash = Files.writeString(dir.resolve("mine.json"), preset("dwap-classic", 9, "sma-cross"));
            assertThatThrownBy(() -> service.importPath(clash)).hasMessage(clash
                    + ": preset 'dwap-classic' is built-in; give the imported preset another name");

            assertThat(PresetJson.read(PresetJson.write(service.get("beta")), "x", STRATEGIES)).isEqualTo(service.get("beta"));
            service.delete("beta");
            assertThat(service.find("beta")).isEmpty();
            assertThatThrownBy(() -> service.delete("dwap-honest")).hasMessage("preset 'dwap-honest' is built-in and cannot be deleted");
        }
        try (Database db = Database.open(dir.resolve("home"))) {
            PresetService reopened = new PresetService(STRATEGIES, new JooqPresetRepository(db.dsl()), Map.of());
            assertThat(reopened.get("alpha").version()).isEqualTo(2);
        }
    }

    @Test
    void aPluginPackJoinsTheListAndABadPackIsLeftOutWhole() {
        PresetPack good = new PresetPack("good", Map.of("one.json", preset("one", 1, "sma-cross")));
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("two.json", preset("two", 1, "sma-cross"));
        files.put("taken.json", preset("dwap-classic", 1, "sma-cross"));
        PresetPack clashing = new PresetPack("clashing", files);
        PresetPack broken = new PresetPack("broken", Map.of("three.json", "{"));
        PresetPack fine = new PresetPack("fine", Map.of("four.json", preset("four", 1, "sma-cross")));
        try (Database db = Database.open(dir.resolve("home"))) {
            PresetService service = new PresetService(STRATEGIES, new JooqPresetRepository(db.dsl()),
                    Map.of("p1", List.of(good), "p2", List.of(clashing, broken, fine)));
            assertThat(service.find("one")).hasValueSatisfying(l -> assertThat(l.origin()).isEqualTo("plugin p1 (pack good)"));
            assertThat(service.find("two")).as("its pack has a preset named like a built-in one").isEmpty();
            assertThat(service.find("three")).isEmpty();
            assertThat(service.find("four")).isPresent();
            assertThat(service.get("dwap-classic").strategy()).isEqualTo("dwap-breakout");
        }
    }
}
