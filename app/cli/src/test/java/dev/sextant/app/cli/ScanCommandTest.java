package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ScanCommandTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void importMarket() throws Exception {
        cli = new CliRunner(dir.resolve("home"));
        cli.importSmallMarket(Files.createDirectories(dir.resolve("files")));
    }

    private JsonNode scan(String date, String... extra) {
        Path json = dir.resolve("scan-" + date + "-" + System.nanoTime() + ".json");
        List<String> args = new ArrayList<>(List.of("scan", "--strategy", "dwap-breakout", "--param", "period=20",
                "--param", "threshold=0", "--universe", "small", "--date", date, "--json", json.toString()));
        args.addAll(List.of(extra));
        cli.ok(args.toArray(String[]::new));
        return CliRunner.readJson(json);
    }

    /** Status by signal id, from {@code signals list --json}. */
    private Map<String, String> statuses() {
        Path json = dir.resolve("signals-" + System.nanoTime() + ".json");
        cli.ok("signals", "list", "--json", json.toString());
        Map<String, String> out = new TreeMap<>();
        for (JsonNode s : CliRunner.readJson(json)) {
            out.put(s.get("id").asString(), s.get("status").asString());
        }
        return out;
    }

    private static List<String> ids(JsonNode scan) {
        List<String> ids = new ArrayList<>();
        scan.get("signals").forEach(s -> ids.add(s.get("id").asString()));
        return ids;
    }

    @Test
    void savesTheSignalsOnceWithTheirDetails() {
        String date = CliRunner.dayOf(300).toString();
        JsonNode first = scan(date);

        List<String> ids = ids(first);
        assertThat(ids).isNotEmpty();
        JsonNode aaa = first.get("signals").get(0);
        assertThat(aaa.propertyNames()).containsExactly("id", "symbol", "date", "price", "indicators", "volume_ratio",
                "stop", "target", "strong", "rank_score");
        assertThat(aaa.get("indicators").get("dwap").asDouble()).isPositive();
        assertThat(aaa.get("indicators").has("pct_above_dwap")).isTrue();
        assertThat(first.get("saved").get("added").asInt()).isEqualTo(ids.size());
        assertThat(first.get("momentum").size()).isEqualTo(4);

        JsonNode again = scan(date);

        assertThat(ids(again)).isEqualTo(ids);
        assertThat(again.get("saved").get("added").asInt()).isZero();
        assertThat(again.get("saved").get("already_saved").asInt()).isEqualTo(ids.size());
        assertThat(statuses()).hasSize(ids.size()).allSatisfy((id, status) -> assertThat(status).isEqualTo("active"));
    }

    @Test
    void aLaterScanExpiresOldActiveSignalsButNotExecutedOnes() {
        List<String> early = ids(scan(CliRunner.dayOf(250).toString()));
        JsonNode middle = scan(CliRunner.dayOf(300).toString());
        assertThat(early).isNotEmpty();
        assertThat(middle.get("saved").get("expired").asInt()).isEqualTo(early.size());

        String executed = ids(middle).getFirst();
        cli.ok("signals", "execute", executed);
        List<String> stillActive = ids(middle).subList(1, ids(middle).size());
        scan(CliRunner.dayOf(302).toString(), "--expire-days", "3");

        Map<String, String> status = statuses();
        early.forEach(id -> assertThat(status.get(id)).isEqualTo("expired"));
        assertThat(status.get(executed)).isEqualTo("executed");
        stillActive.forEach(id -> assertThat(status.get(id)).as("%s: day 302 is at most 4 calendar days after day 300", id)
                .isEqualTo("active"));
    }

    @Test
    void withoutADateItScansTheLatestDateMostSymbolsShare() throws Exception {
        Path extra = Files.createDirectories(dir.resolve("extra"));
        CliRunner.writeDaily(extra, "DDD", 405, i -> 30 + 0.05 * i);
        cli.ok("data", "import", extra.toString(), "--universe", "small");
        Path json = dir.resolve("default-date.json");

        cli.ok("scan", "--strategy", "dwap-breakout", "--universe", "small", "--json", json.toString());

        assertThat(CliRunner.readJson(json).get("date").asString()).isEqualTo(CliRunner.dayOf(399).toString());
    }

    @Test
    void executingAnUnknownSignalFails() {
        CliRunner.Outcome o = cli.run("signals", "execute", "0000");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("no saved signal with id 0000");
    }
}
