package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code ./sextant watchlist}: create, edit, show with each symbol's last close and change, delete; clear errors. */
class WatchlistCommandTest {

    @TempDir
    Path dir;

    @Test
    void createEditShowAndDelete() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("home"));
        Path files = Files.createDirectories(dir.resolve("bars"));
        CliRunner.writeDaily(files, "AAA", 100, i -> 20 + 0.5 * i); // last close 69.5, previous 69.0
        CliRunner.writeDaily(files, "BBB", 100, i -> 200 - i);       // last close 101, previous 102
        cli.ok("data", "import", files.toString(), "--universe", "pair");

        assertThat(cli.ok("watchlist", "create", "mine", "bbb", "ZZZ").out()).contains("watchlist mine created: 2 symbols (BBB ZZZ)");
        cli.ok("watchlist", "add", "mine", "AAA", "BBB");
        cli.ok("watchlist", "remove", "mine", "ZZZ");
        cli.ok("watchlist", "create", "from-universe", "--universe", "pair");
        assertThat(cli.ok("watchlist", "list").out()).containsPattern("from-universe\\s+2\\s+AAA BBB")
                .containsPattern("mine\\s+2\\s+BBB AAA");

        Path json = dir.resolve("show.json");
        CliRunner.Outcome show = cli.ok("watchlist", "show", "mine", "--json", json.toString());
        assertThat(show.out()).containsPattern("AAA\\s+" + CliRunner.dayOf(99) + "\\s+69.50\\s+0.50\\s+0.72");
        JsonNode doc = CliRunner.readJson(json);
        assertThat(doc.get("symbols").toString()).isEqualTo("[\"BBB\",\"AAA\"]");
        JsonNode bbb = doc.get("rows").get(0);
        // 102 -> 101: -1, -1 / 102 = -0.980392 %
        assertThat(bbb.get("last").asDouble()).isEqualTo(101.0);
        assertThat(bbb.get("change").asDouble()).isEqualTo(-1.0);
        assertThat(bbb.get("change_pct").asDouble()).isCloseTo(-100.0 / 102, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(bbb.get("volume").asDouble()).isEqualTo(1_000_000);

        assertThat(cli.ok("watchlist", "delete", "mine").out()).contains("watchlist mine deleted");
        assertThat(cli.ok("watchlist", "list").out()).doesNotContain("mine");
    }

    @Test
    void badInputIsNamed() {
        CliRunner cli = new CliRunner(dir.resolve("home"));
        cli.ok("watchlist", "create", "a");
        assertThat(cli.run("watchlist", "create", "a").err()).contains("watchlist 'a' already exists");
        assertThat(cli.run("watchlist", "show", "b").err()).contains("no watchlist named 'b'");
        assertThat(cli.run("watchlist", "add", "a", "TWO WORDS").err()).contains("symbol 'TWO WORDS'");
        assertThat(cli.run("watchlist", "create", "c", "--universe", "nope").err()).contains("unknown universe 'nope'");
    }
}
