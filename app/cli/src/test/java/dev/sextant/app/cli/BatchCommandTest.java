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
import tools.jackson.databind.node.ObjectNode;

class BatchCommandTest {

    @TempDir
    static Path dir;

    static CliRunner cli;

    @BeforeAll
    static void importMarket() throws Exception {
        cli = new CliRunner(dir.resolve("home"));
        cli.importSmallMarket(Files.createDirectories(dir.resolve("files")));
    }

    static Path spec(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json);
    }

    @Test
    void everyCombinationIsSavedAsTheBacktestCommandWouldSaveIt() throws Exception {
        Path spec = spec("grid.json", """
                {"strategies": [{"strategy": "sma-cross", "params": {"fast": 5, "slow": 20}},
                                {"strategy": "sma-cross", "params": {"fast": 8, "slow": 30}}],
                 "universes": [{"symbols": ["AAA", "BBB"]}, {"symbols": ["CCC"]}],
                 "ranges": [{"from": "2020-01-02", "to": "2020-09-30"}, {"from": "2020-06-01"}]}""");
        Path json = dir.resolve("grid-out.json");
        CliRunner.Outcome o = cli.ok("batch", "--spec", spec.toString(), "--commission", "bps:5", "--json", json.toString());

        assertThat(o.out().lines().filter(l -> l.matches("run \\d+ .*: saved as run \\d+.*"))).hasSize(8);
        assertThat(o.out()).contains("saved 8 runs");
        JsonNode runs = CliRunner.readJson(json);
        assertThat(runs.size()).isEqualTo(8);
        List<String> labels = new ArrayList<>();
        runs.forEach(r -> labels.add(r.get("label").asString()));
        assertThat(labels.getFirst()).isEqualTo("sma-cross fast=5 slow=20 on 2 symbols 2020-01-02..2020-09-30");
        assertThat(labels.get(3)).isEqualTo("sma-cross fast=5 slow=20 on CCC 2020-06-01..last bar");
        assertThat(labels.getLast()).isEqualTo("sma-cross fast=8 slow=30 on CCC 2020-06-01..last bar");

        // run 2 of the batch, saved, equals the same run made with ./sextant backtest
        long id = runs.get(1).get("id").asLong();
        Path saved = dir.resolve("saved.json");
        cli.ok("runs", "show", String.valueOf(id), "--json", saved.toString());
        Path single = dir.resolve("single.json");
        cli.ok("backtest", "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=20", "--symbols", "AAA,BBB",
                "--from", "2020-06-01", "--commission", "bps:5", "--json", single.toString());
        JsonNode batchRun = CliRunner.readJson(saved);
        JsonNode backtestRun = CliRunner.readJson(single);
        assertThat(batchRun.get("request")).isEqualTo(backtestRun.get("request"));
        assertThat(sameRunAnyTime(batchRun.get("provenance"))).isEqualTo(sameRunAnyTime(backtestRun.get("provenance")));
        assertThat(batchRun.get("metrics")).isEqualTo(backtestRun.get("metrics"));
        assertThat(batchRun.get("round_trips")).isEqualTo(backtestRun.get("round_trips"));
        assertThat(batchRun.get("metrics").get("trades").asInt()).isPositive();
    }

    /** Provenance without what differs between two saves of one run: its id and wall-clock times. */
    private static JsonNode sameRunAnyTime(JsonNode provenance) {
        ObjectNode copy = (ObjectNode) provenance.deepCopy();
        copy.remove(List.of("run_id", "started_at", "finished_at"));
        return copy;
    }

    @Test
    void aBadSpecFailsNamingTheFileAndTheEntry() throws Exception {
        Path spec = spec("bad.json", """
                {"strategies": [{"strategy": "sma-cross"}], "universes": [{"symbol": "AAA"}]}""");
        CliRunner.Outcome o = cli.run("batch", "--spec", spec.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("--spec " + spec).contains("universes entry {symbol=AAA}")
                .contains("\"symbols\"");

        Path range = spec("range.json", """
                {"strategies": [{"strategy": "sma-cross"}], "universes": [{"symbols": ["AAA"]}],
                 "ranges": [{"from": "2020-13-01"}]}""");
        CliRunner.Outcome r = cli.run("batch", "--spec", range.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("range from '2020-13-01' is not a YYYY-MM-DD date");
    }

    @Test
    void aClusterNeedsTheSparkModuleAndSaysHowToGetIt() throws Exception {
        Path spec = spec("one.json", """
                {"strategies": [{"strategy": "sma-cross"}], "universes": [{"symbols": ["AAA"]}]}""");
        CliRunner.Outcome o = cli.run("batch", "--spec", spec.toString(), "--cluster", "local[2]");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("--cluster local[2]").contains("Sextant on Spark module")
                .contains("./mvnw -B -pl plugins/spark -am package");
        CliRunner.Outcome w = cli.run("optimize", "--strategy", "sma-cross", "--symbols", "AAA", "--trials", "4",
                "--cluster-data", "/tmp/x");
        assertThat(w.exit()).isEqualTo(2);
        assertThat(w.err()).contains("--cluster-data /tmp/x needs --cluster MASTER");
        CliRunner.Outcome bad = cli.run("batch", "--spec", spec.toString(), "--cluster", "sprak://host:7077");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("cluster master 'sprak://host:7077' is not a Spark master URL");
    }
}
