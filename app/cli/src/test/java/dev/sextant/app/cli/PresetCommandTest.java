package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Presets from the command line: {@code preset list|show|export|import|delete}, {@code --preset NAME} on backtest,
 * scan and optimize with explicit options overriding single fields, and one-line errors naming the file or the name.
 */
class PresetCommandTest {

    @TempDir
    static Path dir;

    static CliRunner cli;

    /** A preset typed by hand; the assertions below read their expected values off this text. */
    static final String GOLDEN = """
            {
              "schema": 1, "name": "golden", "version": 1, "description": "hand-made",
              "strategy": "dwap-breakout",
              "params": {"period": 20, "threshold": 0, "stopLoss": 0.05},
              "simulation": {"capital": 50000, "sizing": "fixed-amount:5000", "max_positions": 4, "fill": "same-close",
                             "exit_mode": "close-only", "fractional": true, "reentry": "same-close", "returns": "price"},
              "entry_rules": {"market_filter": "SPY:sma50"}
            }
            """;

    @BeforeAll
    static void homeWithAPreset() throws Exception {
        cli = new CliRunner(dir.resolve("home"));
        cli.importSmallMarket(Files.createDirectories(dir.resolve("small")));
        Path file = Files.writeString(dir.resolve("golden.json"), GOLDEN);
        assertThat(cli.ok("preset", "import", file.toString()).out()).contains("imported 1 preset(s): golden@1");
    }

    private static JsonNode json(String name, String... args) {
        Path file = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--json", file.toString()));
        cli.ok(all.toArray(String[]::new));
        return CliRunner.readJson(file);
    }

    @Test
    void aPresetResolvesToItsRequestFieldsAndAnExplicitOptionOverridesOne() {
        JsonNode req = json("golden-run.json", "backtest", "--preset", "golden", "--universe", "small",
                "--max-positions", "2").get("request");

        assertThat(req.get("preset").asString()).isEqualTo("golden@1");
        assertThat(req.get("strategy").asString()).isEqualTo("dwap-breakout");
        assertThat(req.get("params").toString()).isEqualTo("{\"period\":20,\"stopLoss\":0.05,\"threshold\":0.0}");
        assertThat(req.get("capital").asDouble()).isEqualTo(50_000);
        assertThat(req.get("sizing").asString()).isEqualTo("fixed-amount:5000.0");
        assertThat(req.get("max_positions").asInt()).as("--max-positions 2 overrides the preset's 4").isEqualTo(2);
        assertThat(req.get("fill").asString()).isEqualTo("same-close");
        assertThat(req.get("exit_mode").asString()).isEqualTo("close-only");
        assertThat(req.get("fractional").asBoolean()).isTrue();
        assertThat(req.get("reentry").asString()).isEqualTo("same-close");
        assertThat(req.get("returns").asString()).isEqualTo("price");
        assertThat(req.get("rules").get("market_filter").asString()).isEqualTo("SPY:sma50");
    }

    @Test
    void aPresetRunEqualsTheSameRunSpelledOutInOptions() {
        JsonNode preset = json("by-preset.json", "backtest", "--preset", "golden", "--universe", "small");
        JsonNode flags = json("by-flags.json", "backtest", "--strategy", "dwap-breakout", "--param", "period=20",
                "--param", "threshold=0", "--param", "stopLoss=0.05", "--capital", "50000", "--sizing",
                "fixed-amount:5000", "--max-positions", "4", "--fill", "same-close", "--close-only", "--fractional",
                "--reentry", "same-close", "--returns", "price", "--market-filter", "SPY:sma50", "--universe", "small");
        assertThat(preset.get("metrics").get("trades").asInt()).isPositive();
        assertThat(preset.get("metrics")).isEqualTo(flags.get("metrics"));
        assertThat(preset.get("round_trips")).isEqualTo(flags.get("round_trips"));
        assertThat(flags.get("request").has("preset")).isFalse();
    }

    @Test
    void aParamOptionOverridesOnlyThatParam() {
        JsonNode req = json("param-run.json", "backtest", "--preset", "golden", "--universe", "small",
                "--param", "stopLoss=0.1", "--market-filter", "").get("request");
        assertThat(req.get("params").toString()).isEqualTo("{\"period\":20,\"stopLoss\":0.1,\"threshold\":0.0}");
        assertThat(req.has("rules")).as("an empty --market-filter turns the preset's filter off").isFalse();
        assertThat(req.get("max_positions").asInt()).isEqualTo(4);
    }

    @Test
    void listShowExportAndTheExamplePluginsPack() throws Exception {
        String list = cli.ok("preset", "list").out();
        assertThat(list).containsPattern("dwap-classic\\s+1\\s+dwap-breakout\\s+built-in")
                .containsPattern("dwap-honest\\s+1\\s+dwap-breakout\\s+built-in")
                .containsPattern("donchian-trend\\s+1\\s+donchian-breakout\\s+plugin example-strategies \\(pack example-trend-and-dip\\)")
                .containsPattern("keltner-dip\\s+1\\s+keltner-reversion\\s+plugin example-strategies")
                .containsPattern("golden\\s+1\\s+dwap-breakout\\s+saved")
                .contains("5 preset(s)");
        assertThat(cli.ok("preset", "show", "dwap-classic").out()).containsPattern("sizing +fixed-amount:15000")
                .containsPattern("exits +close-only \\(stops and targets checked on closes\\)")
                .containsPattern("market filter +SPY:sma200").containsPattern("circuit breaker +3:10:trailing");
        JsonNode shown = json("show.json", "preset", "show", "dwap-honest");
        assertThat(shown.get("simulation").get("fill").asString()).isEqualTo("next-open");
        assertThat(shown.get("origin").asString()).isEqualTo("built-in");

        Path exported = dir.resolve("out/classic.json");
        assertThat(cli.ok("preset", "export", "dwap-classic", exported.toString()).out())
                .contains("preset dwap-classic@1 written to " + exported);
        String renamed = Files.readString(exported).replace("\"dwap-classic\"", "\"my-classic\"");
        Path mine = Files.writeString(dir.resolve("my-classic.json"), renamed);
        cli.ok("preset", "import", mine.toString());
        JsonNode mineShown = json("mine.json", "preset", "show", "my-classic");
        JsonNode classicShown = json("classic.json", "preset", "show", "dwap-classic");
        assertThat(mineShown.get("simulation")).isEqualTo(classicShown.get("simulation"));
        assertThat(mineShown.get("entry_rules")).isEqualTo(classicShown.get("entry_rules"));
        assertThat(mineShown.get("origin").asString()).isEqualTo("saved");
        assertThat(cli.ok("preset", "delete", "my-classic").out()).contains("deleted preset my-classic");
    }

    @Test
    void scanAndOptimizeTakeThePresetToo() {
        String date = CliRunner.dayOf(300).toString();
        JsonNode byPreset = json("scan-preset.json", "scan", "--preset", "golden", "--universe", "small", "--date", date);
        JsonNode byFlags = json("scan-flags.json", "scan", "--strategy", "dwap-breakout", "--param", "period=20",
                "--param", "threshold=0", "--param", "stopLoss=0.05", "--market-filter", "SPY:sma50", "--universe", "small",
                "--date", date);
        assertThat(byPreset.get("signals")).isEqualTo(byFlags.get("signals"));
        assertThat(byPreset.get("filters")).isEqualTo(byFlags.get("filters"));

        JsonNode study = json("study.json", "optimize", "--preset", "golden", "--universe", "small", "--search",
                "period=10:30", "--trials", "3", "--sampler", "random", "--name", "preset-study");
        assertThat(study.get("trials").size()).isEqualTo(3);
        assertThat(study.get("best").get("params").get("stopLoss").asDouble()).isEqualTo(0.05);
    }

    @Test
    void badNamesAndFilesFailInOneLine() throws Exception {
        CliRunner.Outcome unknown = cli.run("backtest", "--preset", "nope", "--universe", "small");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("preset 'nope': no such preset (known: dwap-classic, dwap-honest, donchian-trend,");
        assertThat(cli.run("backtest", "--universe", "small").err())
                .contains("say which strategy: --strategy ID or --preset NAME");
        assertThat(cli.run("backtest", "--preset", "golden", "--strategy", "sma-cross", "--universe", "small").err())
                .contains("--strategy sma-cross is not the strategy of preset golden (dwap-breakout)");

        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("a.json"), GOLDEN.replace("golden", "pack-a"));
        Files.writeString(pack.resolve("b.json"), GOLDEN.replace("golden", "pack-b").replace("\"max_positions\": 4", "\"max_positions\": \"four\""));
        CliRunner.Outcome bad = cli.run("preset", "import", pack.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains(pack.resolve("b.json") + ": field 'simulation.max_positions' = \"four\": max positions 'four' is not a whole number");
        assertThat(cli.run("preset", "show", "pack-a").err()).as("nothing of the pack was saved")
                .contains("preset 'pack-a': no such preset");
    }
}
