package dev.sextant.app.cli;

import dev.sextant.app.research.MarketChoice;
import dev.sextant.engine.job.ProgressSink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.app.AppContext;
import dev.sextant.engine.optimize.StoredStudy;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.PruningRule;
import dev.sextant.engine.optimize.SamplerKind;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyState;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class OptimizeCommandTest {

    @TempDir
    static Path dir;

    static CliRunner cli;

    @BeforeAll
    static void importMarket() throws Exception {
        cli = new CliRunner(dir.resolve("home"));
        cli.importSmallMarket(Files.createDirectories(dir.resolve("files")));
    }

    private static JsonNode optimize(String file, String... args) {
        Path json = dir.resolve(file);
        List<String> all = new ArrayList<>(List.of("optimize", "--json", json.toString()));
        all.addAll(List.of(args));
        CliRunner.Outcome o = cli.ok(all.toArray(String[]::new));
        assertThat(o.out()).contains("saved as study ");
        return CliRunner.readJson(json);
    }

    private static JsonNode smaStudy(String name, String sampler, int trials, long seed) {
        return optimize(name + ".json", "--strategy", "sma-cross", "--universe", "small", "--search", "fast=2:10",
                "--search", "slow=15:40", "--sampler", sampler, "--trials", String.valueOf(trials),
                "--seed", String.valueOf(seed), "--name", name);
    }

    /** The trials without their wall times, which differ between runs. */
    private static JsonNode withoutDurations(JsonNode trials) {
        JsonNode copy = trials.deepCopy();
        copy.forEach(t -> ((ObjectNode) t).remove("duration_ms"));
        return copy;
    }

    @Test
    void writesStudyTrialsBestAndImportance() {
        JsonNode doc = smaStudy("shape", "ga", 24, 5);

        assertThat(doc.propertyNames()).containsExactly("study", "trials", "best", "importance", "trial_states",
                "evaluated_now", "elapsed_ms");
        JsonNode study = doc.get("study");
        assertThat(study.get("name").asString()).isEqualTo("shape");
        assertThat(study.get("state").asString()).isEqualTo("completed");
        assertThat(study.get("sampler").asString()).isEqualTo("ga");
        assertThat(study.get("objective").asString()).isEqualTo("sharpe");
        assertThat(study.get("space").get(0).get("name").asString()).isEqualTo("fast");
        JsonNode trials = doc.get("trials");
        assertThat(trials.size()).isEqualTo(24);
        for (int i = 0; i < trials.size(); i++) {
            JsonNode t = trials.get(i);
            assertThat(t.propertyNames()).containsExactly("number", "state", "params", "objective_value",
                    "intermediate_value", "metrics", "duration_ms", "reason");
            assertThat(t.get("number").asInt()).isEqualTo(i);
            assertThat(t.get("params").get("fast").asInt()).isBetween(2, 10);
            assertThat(t.get("params").get("slow").asInt()).isBetween(15, 40);
            assertThat(t.get("state").asString()).isIn("complete", "pruned", "infeasible", "failed");
        }
        JsonNode best = doc.get("best");
        JsonNode bestTrial = trials.get(best.get("trial").asInt());
        assertThat(bestTrial.get("state").asString()).isEqualTo("complete");
        assertThat(best.get("objective_value").asDouble()).isEqualTo(bestTrial.get("objective_value").asDouble());
        for (JsonNode t : trials) {
            if (t.get("state").asString().equals("complete")) {
                assertThat(t.get("objective_value").asDouble()).isLessThanOrEqualTo(best.get("objective_value").asDouble());
            }
        }
        assertThat(best.get("metrics").get("sharpe").asDouble()).isEqualTo(best.get("objective_value").asDouble());
        assertThat(doc.get("importance").propertyNames()).containsExactly("fast", "slow");
        assertThat(doc.get("evaluated_now").asInt()).isEqualTo(24);
    }

    /** fast=2:10:4 and slow=15:40:5 leave 3 × 6 points: the grid tries each once, and the steps are stored with the study. */
    @Test
    void steppedRangesTryOnlyTheirValues() {
        JsonNode doc = optimize("stepped.json", "--strategy", "sma-cross", "--universe", "small", "--sampler", "grid",
                "--trials", "18", "--search", "fast=2:10:4", "--search", "slow=15:40:5", "--name", "stepped");
        JsonNode trials = doc.get("trials");
        assertThat(trials.size()).isEqualTo(18);
        java.util.Set<String> points = new java.util.HashSet<>();
        for (JsonNode t : trials) {
            assertThat(t.get("params").get("fast").asInt()).isIn(2, 6, 10);
            assertThat(t.get("params").get("slow").asInt()).isIn(15, 20, 25, 30, 35, 40);
            points.add(t.get("params").toString());
        }
        assertThat(points).hasSize(18);
        try (AppContext ctx = AppContext.open(cli.home(), false, new PrintWriter(new StringWriter()), ProgressSink.NONE)) {
            assertThat(ctx.studies().find("stepped").orElseThrow().toRequest(1).steps())
                    .isEqualTo(Map.of("fast", 4.0, "slow", 5.0));
        }
    }

    @Test
    void theSameSeedGivesAnIdenticalStudyAndAnotherSeedAnother() {
        JsonNode a = smaStudy("seed-a", "random", 20, 11);
        JsonNode b = smaStudy("seed-b", "random", 20, 11);
        JsonNode c = smaStudy("seed-c", "random", 20, 12);

        assertThat(withoutDurations(b.get("trials"))).isEqualTo(withoutDurations(a.get("trials")));
        assertThat(b.get("best")).isEqualTo(a.get("best"));
        assertThat(b.get("importance")).isEqualTo(a.get("importance"));
        assertThat(withoutDurations(c.get("trials"))).isNotEqualTo(withoutDurations(a.get("trials")));
    }

    @Test
    void aStudyInterruptedAfterSomeTrialsResumesToTheUninterruptedResult() {
        StudyRequest request;
        List<String> symbols;
        try (AppContext ctx = AppContext.open(cli.home(), false, new PrintWriter(new StringWriter()), ProgressSink.NONE)) {
            symbols = ctx.market().load(MarketChoice.ofUniverse("small")).series().stream().map(PriceColumns::symbol).toList();
            BacktestRequest base = BacktestRequest.builder("sma-cross", symbols).params(Map.of()).capital(100_000)
                    .maxPositions(10).seed(7).build();
            ParamSpace space = ParamSpace.of(ParamSpec.ofInt("fast", 2, 10, 10, "fast"),
                    ParamSpec.ofInt("slow", 15, 40, 30, "slow"));
            request = StudyRequest.builder("interrupted", base, space).sampler(SamplerKind.GA).trials(40).seed(7)
                    .pruning(PruningRule.DEFAULT).threads(2).build();
            AtomicLong finished = new AtomicLong();
            assertThatThrownBy(() -> ctx.research().optimizer().run(request, (done, total, msg) -> finished.set(done),
                    () -> finished.get() >= 13)).isInstanceOf(CancelledException.class);
            StoredStudy stored = ctx.studies().find("interrupted").orElseThrow();
            assertThat(stored.state()).isEqualTo(StudyState.INTERRUPTED);
            assertThat(ctx.studies().loadTrials("interrupted").size()).isBetween(13, 39);
        }

        JsonNode resumed = optimize("resumed.json", "--resume", "interrupted");
        JsonNode straight = optimize("straight.json", "--strategy", "sma-cross", "--symbols", String.join(",", symbols),
                "--search", "fast=2:10", "--search", "slow=15:40", "--trials", "40", "--seed", "7", "--name", "straight");

        assertThat(resumed.get("study").get("state").asString()).isEqualTo("completed");
        assertThat(resumed.get("evaluated_now").asInt()).isBetween(1, 27);
        assertThat(resumed.get("trials").size()).isEqualTo(straight.get("trials").size());
        assertThat(withoutDurations(resumed.get("trials"))).isEqualTo(withoutDurations(straight.get("trials")));
        assertThat(resumed.get("best")).isEqualTo(straight.get("best"));
        assertThat(resumed.get("importance")).isEqualTo(straight.get("importance"));
        assertThat(straight.get("trial_states").get("pruned").asInt()).as("pruning took part").isPositive();
    }

    @Test
    void badInputPrintsOneLineExitsTwoAndSavesNothing() {
        assertRefused("unknown strategy", "no-such", "--strategy", "nope", "--universe", "small", "--name", "no-such");
        assertRefused("a numeric parameter takes lo:hi, lo:hi:step or lo:hi:log", "bad-range", "--strategy", "sma-cross",
                "--universe", "small", "--search", "fast=2-10", "--name", "bad-range");
        assertRefused("--search 'fast=2:10:x': step 'x' is not a number (or say log)", "bad-step", "--strategy", "sma-cross",
                "--universe", "small", "--search", "fast=2:10:x", "--name", "bad-step");
        assertRefused("param 'fast' is an integer: step 1.5 must be a whole number", "half-step", "--strategy", "sma-cross",
                "--universe", "small", "--search", "fast=2:10:1.5", "--name", "half-step");
        assertRefused("the grid has 25 points", "big-grid", "--strategy", "sma-cross", "--universe", "small",
                "--sampler", "grid", "--trials", "20", "--search", "fast=2:10", "--search", "slow=15:40",
                "--name", "big-grid");
        assertRefused("no study named 'missing'", "missing", "--resume", "missing");
        smaStudy("taken", "random", 4, 1);
        assertThat(cli.run("optimize", "--strategy", "sma-cross", "--universe", "small", "--name", "taken").err())
                .contains("a study named 'taken' exists (completed): continue it with --resume taken");
        assertThat(cli.run("optimize", "--resume", "taken", "--trials", "9").err())
                .contains("--resume takes the study's saved definition; drop --trials");
    }

    private static void assertRefused(String message, String name, String... args) {
        List<String> all = new ArrayList<>(List.of("optimize"));
        all.addAll(List.of(args));
        CliRunner.Outcome o = cli.run(all.toArray(String[]::new));
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err().strip().lines().toList()).hasSize(1);
        assertThat(o.err()).startsWith("sextant: ").contains(message);
        try (AppContext ctx = AppContext.open(cli.home(), false, new PrintWriter(new StringWriter()), ProgressSink.NONE)) {
            Optional<StoredStudy> stored = ctx.studies().find(name);
            assertThat(stored).as("nothing saved for " + name).isEmpty();
        }
    }
}
