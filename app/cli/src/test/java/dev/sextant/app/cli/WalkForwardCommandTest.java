package dev.sextant.app.cli;

import dev.sextant.engine.job.ProgressSink;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class WalkForwardCommandTest {

    @TempDir
    static Path dir;

    static CliRunner cli;

    @BeforeAll
    static void importMarket() throws Exception {
        cli = new CliRunner(dir.resolve("home"));
        cli.importSmallMarket(Files.createDirectories(dir.resolve("files")));
    }

    private static List<String> args(String... extra) {
        List<String> all = new ArrayList<>(List.of("walkforward", "--strategy", "sma-cross", "--universe", "small",
                "--search", "fast=2:10", "--search", "slow=15:40", "--sampler", "ga", "--trials", "12",
                "--objective", "sharpe", "--seed", "2", "--pbo-candidates", "4", "--pbo-blocks", "4"));
        all.addAll(List.of(extra));
        return all;
    }

    @Test
    void writesFoldsStitchedEquityAndOverfittingStatisticsAndReopensTheSameDocument() throws Exception {
        Path json = dir.resolve("wf.json");
        CliRunner.Outcome o = cli.ok(args("--is", "9m", "--oos", "3m", "--purge", "2", "--embargo", "1",
                "--json", json.toString()).toArray(String[]::new));
        JsonNode doc = CliRunner.readJson(json);

        assertThat(doc.propertyNames()).containsExactly("id", "name", "strategy", "engine_version", "data_fingerprint",
                "started_at", "finished_at", "plan", "folds", "oos_cagr", "oos_sharpe", "oos_sharpe_t", "wfe",
                "total_trials", "dsr", "pbo", "param_stability", "oos_equity", "elapsed_ms");
        JsonNode folds = doc.get("folds");
        assertThat(folds.size()).isBetween(2, 4);
        LocalDate previousOosEnd = null;
        for (int k = 0; k < folds.size(); k++) {
            JsonNode f = folds.get(k);
            assertThat(f.get("index").asInt()).isEqualTo(k);
            LocalDate isTo = LocalDate.parse(f.get("is_to").asString());
            LocalDate oosFrom = LocalDate.parse(f.get("oos_from").asString());
            assertThat(isTo).isBefore(oosFrom);
            if (previousOosEnd != null) {
                assertThat(oosFrom).isAfter(previousOosEnd);
            }
            previousOosEnd = LocalDate.parse(f.get("oos_to").asString());
            assertThat(f.get("params").get("fast").asInt()).isBetween(2, 10);
            assertThat(f.get("is_metrics").get("sharpe").isNumber()).isTrue();
            assertThat(f.get("oos_metrics").has("total_return")).isTrue();
            assertThat(f.get("trials").asInt()).isEqualTo(12);
            assertThat(f.get("wfe").has("value")).isTrue();
        }
        JsonNode equity = doc.get("oos_equity");
        assertThat(equity.get(0).get("date").asString()).isEqualTo(folds.get(0).get("oos_from").asString());
        assertThat(equity.get(equity.size() - 1).get("equity").asDouble())
                .isEqualTo(folds.get(folds.size() - 1).get("end_capital").asDouble());
        assertThat(doc.get("total_trials").asInt()).isEqualTo(12 * folds.size());
        assertThat(doc.get("dsr").get("value").isNumber()).isTrue();
        assertThat(doc.get("dsr").get("trials").asInt()).isEqualTo(12 * folds.size());
        assertThat(doc.get("pbo").get("value").asDouble()).isBetween(0.0, 1.0);
        assertThat(doc.get("pbo").get("combinations").asInt()).isEqualTo(6);
        assertThat(doc.get("wfe").has("note")).isTrue();
        assertThat(doc.get("param_stability").propertyNames()).containsExactly("fast", "slow");
        assertThat(doc.get("plan").get("purge_bars").asInt()).isEqualTo(2);
        assertThat(o.out()).contains("WFE ").contains("DSR ").contains("PBO ").contains("stitched out-of-sample");

        long id = doc.get("id").asLong();
        Path reopened = dir.resolve("wf-reopened.json");
        CliRunner.Outcome shown = cli.ok("walkforward", "show", String.valueOf(id), "--json", reopened.toString());
        assertThat(Files.readString(reopened)).isEqualTo(Files.readString(json));
        assertThat(shown.out()).contains("walk-forward " + id + " (");
        assertThat(cli.ok("walkforward", "list").out()).contains(doc.get("name").asString());
    }

    @Test
    void badInputPrintsOneLineExitsTwoAndSavesNothing() {
        int before = savedRuns();
        assertRefused("window length '2x' must be a number followed by b (bars), d (days), m (months) or y (years)",
                args("--is", "2x", "--oos", "3m"));
        assertRefused("no fold fits", args("--is", "5y", "--oos", "6m"));
        assertRefused("unknown strategy 'nope'", List.of("walkforward", "--strategy", "nope", "--universe", "small",
                "--is", "9m", "--oos", "3m"));
        assertRefused("the grid has 25 points", List.of("walkforward", "--strategy", "sma-cross", "--universe", "small",
                "--search", "fast=2:10", "--search", "slow=15:40", "--sampler", "grid", "--trials", "20",
                "--is", "9m", "--oos", "3m"));
        assertRefused("give the window lengths", args("--oos", "3m"));
        assertThat(savedRuns()).isEqualTo(before);
    }

    private static void assertRefused(String message, List<String> args) {
        CliRunner.Outcome o = cli.run(args.toArray(String[]::new));
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err().strip().lines().toList()).hasSize(1);
        assertThat(o.err()).startsWith("sextant: ").contains(message);
    }

    private static int savedRuns() {
        try (AppContext ctx = AppContext.open(cli.home(), false, new PrintWriter(new StringWriter()), ProgressSink.NONE)) {
            return ctx.walkForwards().list().size();
        }
    }
}
