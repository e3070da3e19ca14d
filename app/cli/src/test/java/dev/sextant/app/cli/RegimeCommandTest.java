package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.data.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class RegimeCommandTest {

    private static final List<String> REGIMES = List.of("strong_bull", "weak_bull", "rotating_bull", "range_bound",
            "weak_bear", "panic_crash", "recovery");
    private static final int SMALL_MARKET_DAYS = 400;

    @TempDir
    static Path dir;

    static CliRunner cli;

    @BeforeAll
    static void importMarket() throws Exception {
        cli = new CliRunner(dir.resolve("home"));
        cli.importSmallMarket(Files.createDirectories(dir.resolve("files")));
    }

    private static JsonNode regime(CliRunner runner, String... args) {
        Path json = dir.resolve("regime-" + System.nanoTime() + ".json");
        List<String> all = new ArrayList<>(List.of("regime", "--json", json.toString()));
        all.addAll(List.of(args));
        runner.ok(all.toArray(String[]::new));
        return CliRunner.readJson(json);
    }

    /** Every saved snapshot as "date|model|regime|probabilities|features", by date. */
    private static List<String> snapshots(Path home) {
        try (Database db = Database.open(home)) {
            return db.dsl().fetch("select snapshot_date, model_version, regime, probabilities_json, features_json "
                    + "from regime_snapshot order by snapshot_date, model_version")
                    .map(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(2) + "|" + r.get(3) + "|" + r.get(4));
        }
    }

    @Test
    void writesInputsDaysAndSummaryWithTheStatedKeys() {
        JsonNode doc = regime(cli);

        assertThat(doc.propertyNames()).containsExactly("inputs", "days", "summary");
        JsonNode inputs = doc.get("inputs");
        assertThat(inputs.get("index").asString()).as("SPY is the default index").isEqualTo("SPY");
        assertThat(inputs.get("volatility").isNull()).as("no ^VIX stored").isTrue();
        assertThat(inputs.get("volatility_source").asString()).isEqualTo("realized");
        assertThat(inputs.get("universe").isNull()).isTrue();
        assertThat(inputs.get("model_version").asString()).isEqualTo("regime-1");

        JsonNode days = doc.get("days");
        assertThat(days.size()).as("a year of warm-up, then every day classified").isBetween(100, SMALL_MARKET_DAYS - 252);
        assertThat(days.get(days.size() - 1).get("date").asString()).isEqualTo(CliRunner.dayOf(SMALL_MARKET_DAYS - 1).toString());
        for (JsonNode day : days) {
            assertThat(day.propertyNames()).containsExactly("date", "regime", "probabilities", "breadth", "forecast",
                    "outlook", "action");
            assertThat(REGIMES).contains(day.get("regime").asString());
            assertThat(day.get("probabilities").propertyNames()).containsExactlyElementsOf(REGIMES);
            assertThat(sum(day.get("probabilities"))).isCloseTo(1.0, within(1e-9));
            assertThat(day.get("breadth").asBoolean()).isFalse();
            assertThat(day.get("forecast").valueStream().map(f -> f.get("horizon").asInt()).toList()).containsExactly(1, 5, 10, 20);
            for (JsonNode f : day.get("forecast")) {
                assertThat(f.propertyNames()).containsExactly("horizon", "most_likely", "expected_risk", "probabilities");
                assertThat(sum(f.get("probabilities"))).isCloseTo(1.0, within(1e-9));
            }
            assertThat(day.get("outlook").asString()).isIn("improving", "stable", "deteriorating");
            assertThat(day.get("action").asString()).isIn("stay invested", "tighten stops", "reduce exposure", "go to cash");
        }

        JsonNode summary = doc.get("summary");
        assertThat(summary.propertyNames()).containsExactly("from", "to", "days", "breadth_days", "time_share",
                "transition_matrix", "transition_counts", "forecast_skill");
        assertThat(summary.get("days").asInt()).isEqualTo(days.size());
        assertThat(summary.get("breadth_days").asInt()).isZero();
        assertThat(sum(summary.get("time_share"))).isCloseTo(1.0, within(1e-9));
        assertThat(summary.get("transition_matrix").propertyNames()).containsExactlyElementsOf(REGIMES);
        for (JsonNode row : summary.get("transition_matrix")) {
            assertThat(row.propertyNames()).containsExactlyElementsOf(REGIMES);
            assertThat(sum(row)).isCloseTo(1.0, within(1e-9));
        }
        long transitions = 0;
        for (JsonNode row : summary.get("transition_counts")) {
            for (JsonNode count : row) {
                transitions += count.asLong();
            }
        }
        assertThat(transitions).isEqualTo(days.size() - 1);
        JsonNode skill = summary.get("forecast_skill");
        assertThat(skill.valueStream().map(k -> k.get("horizon").asInt()).toList()).containsExactly(1, 5, 10, 20);
        assertThat(skill.get(0).propertyNames()).containsExactly("horizon", "forecasts", "brier_model", "brier_persistence",
                "brier_skill", "log_loss_model", "log_loss_persistence", "log_loss_skill");
        assertThat(skill.get(0).get("forecasts").asInt()).isEqualTo(days.size() - 1);
    }

    @Test
    void theSummarySaysWhenThereIsNoBreadthAndShowsTheLatestDay() {
        CliRunner.Outcome o = cli.ok("regime");

        assertThat(o.out()).contains("index SPY, volatility none (the index's 20-day realised volatility stands in), "
                + "no breadth (no --universe given)");
        assertThat(o.out()).containsPattern(CliRunner.dayOf(SMALL_MARKET_DAYS - 1)
                + ": [a-z_]+ \\(p [01]\\.\\d\\d\\)  outlook (improving|stable|deteriorating)  action: [a-z ]+\n");
        assertThat(o.out()).contains("forecast skill vs \"the regime persists\"").contains("saved ");

        CliRunner.Outcome small = cli.ok("regime", "--universe", "small");
        assertThat(small.out()).as("4 members are too few for breadth").contains("no breadth (universe small covers none of these days)");
    }

    @Test
    void savesOneSnapshotPerDayAndReplacesThemOnARerun() {
        JsonNode first = regime(cli, "--universe", "small");
        List<String> saved = snapshots(cli.home());

        assertThat(saved).hasSize(first.get("days").size());
        Set<String> dates = new HashSet<>();
        for (String row : saved) {
            assertThat(dates.add(row.split("\\|")[0])).as("one snapshot per day").isTrue();
        }
        assertThat(saved.getLast()).startsWith(CliRunner.dayOf(SMALL_MARKET_DAYS - 1) + "|regime-1|")
                .contains("\"inputs\":{\"index\":\"SPY\",\"volatility\":null,\"volatility_source\":\"realized\",\"universe\":\"small\"")
                .contains("\"features\":{\"dist_sma20\":");

        JsonNode again = regime(cli, "--from", CliRunner.dayOf(350).toString());
        List<String> replaced = snapshots(cli.home());

        assertThat(replaced).as("no duplicates").hasSize(saved.size());
        int kept = saved.size() - again.get("days").size();
        assertThat(replaced.subList(0, kept)).isEqualTo(saved.subList(0, kept));
        assertThat(replaced.getLast()).as("the re-run's inputs replaced the first run's").contains("\"universe\":null");
    }

    @Test
    void defaultsFallBackToTheSampleMarketAndSettingsOverrideThem() throws Exception {
        Path files = Files.createDirectories(dir.resolve("sample-files"));
        CliRunner.writeDaily(files, "IDX.SX", 500, i -> 100 * Math.exp(0.0004 * i + 0.05 * Math.sin(i / 40.0)));
        CliRunner.writeDaily(files, "^VOL.SX", 500, i -> 18 + 6 * Math.sin(i / 25.0));
        CliRunner.writeDaily(files, "OTHER", 500, i -> 50 + 0.05 * i);
        CliRunner sample = new CliRunner(dir.resolve("sample-home"));
        sample.ok("data", "import", files.toString());

        JsonNode doc = regime(sample);

        assertThat(doc.get("inputs").get("index").asString()).isEqualTo("IDX.SX");
        assertThat(doc.get("inputs").get("volatility").asString()).isEqualTo("^VOL.SX");
        assertThat(doc.get("inputs").get("volatility_source").asString()).isEqualTo("volatility_index");

        try (Database db = Database.open(sample.home())) {
            db.dsl().execute("insert into setting(name, setting_value) values ('regime.index', 'OTHER'), ('regime.vol', 'none')");
        }
        JsonNode set = regime(sample);
        assertThat(set.get("inputs").get("index").asString()).isEqualTo("OTHER");
        assertThat(set.get("inputs").get("volatility").isNull()).isTrue();
        assertThat(regime(sample, "--index", "IDX.SX", "--vol", "^VOL.SX").get("inputs").get("index").asString())
                .as("options beat settings").isEqualTo("IDX.SX");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--index NOPE",
        "--vol NOPE",
        "--universe nope",
        "--from 2021-01-01 --to 2020-06-01",
        "--from 2021-13-01",
        "--to 2020-06-01",
        "--to 2019-01-01",
        "--from 2030-01-01"
    })
    void badInputPrintsOneLineExitsTwoAndLeavesTheDatabaseUnchanged(String args) {
        cli.ok("regime", "--from", CliRunner.dayOf(300).toString());
        List<String> before = snapshots(cli.home());

        CliRunner.Outcome o = cli.run(("regime " + args).split(" "));

        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err().strip()).startsWith("sextant: ").doesNotContain("\n").doesNotContain("Exception");
        assertThat(snapshots(cli.home())).isEqualTo(before);
    }

    private static double sum(JsonNode object) {
        return object.valueStream().mapToDouble(JsonNode::asDouble).sum();
    }
}
