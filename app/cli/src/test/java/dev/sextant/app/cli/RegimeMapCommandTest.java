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

/** {@code backtest --regime-map} and a paper portfolio with the same map: one mechanism, one answer; clear errors. */
class RegimeMapCommandTest {

    @TempDir
    static Path dir;

    static CliRunner cli;

    static Path map;

    @BeforeAll
    static void importMarket() throws Exception {
        cli = new CliRunner(dir.resolve("home"));
        cli.importSmallMarket(Files.createDirectories(dir.resolve("files")));
        map = write("map.json", """
                {"rebalance": "daily",
                 "regimes": {"strong_bull": {"strategy": "sma-cross", "params": {"fast": 5, "slow": 20}},
                             "weak_bull": "rsi-reversion",
                             "rotating_bull": "rsi-reversion",
                             "range_bound": "cash"}}
                """);
    }

    private static Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<String> labels(JsonNode days) {
        List<String> out = new ArrayList<>();
        days.forEach(d -> out.add(d.get("strategy").asString()));
        return out;
    }

    @Test
    void theBacktestRecordsTheMapAndEachDaysStrategyAndAPaperPortfolioWithTheMapTradesTheSameDays() throws Exception {
        Path json = dir.resolve("bt.json");
        String from = CliRunner.dayOf(60).toString();
        CliRunner.Outcome bt = cli.ok("backtest", "--regime-map", map.toString(), "--universe", "small", "--from", from,
                "--returns", "price", "--max-positions", "2", "--json", json.toString());
        assertThat(bt.out()).contains("regime map " + map).contains("regimes of SPY").contains("sma-cross(fast=5,slow=20) alone")
                .contains("rsi-reversion alone");
        JsonNode doc = CliRunner.readJson(json);
        JsonNode table = doc.at("/regime_map/regimes");
        assertThat(table.size()).isEqualTo(7);
        assertThat(table.get("strong_bull").asString()).isEqualTo("sma-cross(fast=5,slow=20)");
        assertThat(table.get("range_bound").asString()).isEqualTo("cash");
        assertThat(table.get("panic_crash").asString()).isEqualTo("cash");
        assertThat(doc.at("/regime_map/strategies/sma-cross(fast=5,slow=20)/params/fast").asInt()).isEqualTo(5);
        assertThat(doc.at("/regime_source/index").asString()).isEqualTo("SPY");
        JsonNode days = doc.get("days");
        assertThat(days.get(0).get("date").asString()).isEqualTo(from);
        // every switch goes to the label its regime maps to, and the days after it trade that label up to the next one
        List<String> expected = labels(days);
        int day = 0;
        String active = expected.get(0);
        for (JsonNode s : doc.get("switches")) {
            String to = s.get("to").asString();
            assertThat(to).isEqualTo(s.get("regime").isNull() ? "cash" : table.get(s.get("regime").asString()).asString());
            assertThat(s.get("from").asString()).isEqualTo(active);
            while (!days.get(day).get("date").asString().equals(s.get("date").asString())) {
                assertThat(expected.get(day++)).isEqualTo(active);
            }
            assertThat(expected.get(day++)).isEqualTo(active);
            active = to;
        }
        assertThat(doc.at("/metrics/days_by_strategy").properties().stream().mapToInt(e -> e.getValue().asInt()).sum())
                .isEqualTo(days.size());
        assertThat(doc.at("/alone/rsi-reversion/total_return").isNumber()).isTrue();

        cli.ok("portfolio", "create", "regimes", "--regime-map", map.toString(), "--universe", "small", "--start", from,
                "--max-positions", "2");
        cli.ok("portfolio", "update", "regimes");
        Path shown = dir.resolve("regimes.json");
        cli.ok("portfolio", "show", "regimes", "--json", shown.toString());
        JsonNode paper = CliRunner.readJson(shown).get("days");
        assertThat(labels(paper)).isEqualTo(expected);
        for (int i = 0; i < days.size(); i++) {
            assertThat(paper.get(i).get("equity").asDouble()).as("equity on %s", days.get(i).get("date").asString())
                    .isCloseTo(days.get(i).get("equity").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        }
        String log = cli.ok("portfolio", "switches", "regimes").out();
        for (JsonNode s : doc.get("switches")) {
            assertThat(log).contains(s.get("reason").asString());
        }
    }

    @Test
    void aWeeklyRebalanceSwitchesOnlyOnTheFirstTradingDayOfAWeek() {
        JsonNode doc = CliRunner.JSON.readTree(cli.ok("backtest", "--regime-map", map.toString(), "--universe", "small",
                "--rebalance", "weekly", "--returns", "price", "--json", "-").out());
        assertThat(doc.at("/regime_map/rebalance").asString()).isEqualTo("weekly");
        for (JsonNode s : doc.get("switches")) {
            assertThat(java.time.LocalDate.parse(s.get("date").asString()).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        }
    }

    @Test
    void aRegimeMappedToAPresetTradesThePresetsStrategyAndParameters() throws Exception {
        Path presets = write("presets.json", """
                {"regimes": {"strong_bull": {"preset": "dwap-honest"}, "weak_bull": "sma-cross"}}
                """);
        JsonNode doc = CliRunner.JSON.readTree(cli.ok("backtest", "--regime-map", presets.toString(), "--universe", "small",
                "--returns", "price", "--json", "-").out());
        assertThat(doc.at("/regime_map/regimes/strong_bull").asString()).as("the preset's strategy and parameters")
                .isEqualTo("dwap-breakout(profitTarget=0.2,stopLoss=0.08,trailingStop=0.0)");

        Path unknown = write("unknown-preset.json", "{\"regimes\": {\"strong_bull\": {\"preset\": \"no-such\"}}}");
        CliRunner.Outcome bad = cli.run("backtest", "--regime-map", unknown.toString(), "--universe", "small");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("sextant: regime map " + unknown + ": regime strong_bull: ").contains("no-such");
    }

    @Test
    void badMapsAreOneLineErrorsNamingTheFileAndTheFault() throws Exception {
        Path regime = write("bad-regime.json", "{\"regimes\": {\"bullish\": \"sma-cross\"}}");
        CliRunner.Outcome a = cli.run("backtest", "--regime-map", regime.toString(), "--universe", "small");
        assertThat(a.exit()).isEqualTo(2);
        assertThat(a.err().strip()).isEqualTo("sextant: regime map " + regime + ": unknown regime 'bullish'; known: strong_bull,"
                + " weak_bull, rotating_bull, range_bound, weak_bear, panic_crash, recovery");

        Path strategy = write("bad-strategy.json", "{\"regimes\": {\"weak_bear\": \"no-such\"}}");
        CliRunner.Outcome b = cli.run("backtest", "--regime-map", strategy.toString(), "--universe", "small");
        assertThat(b.exit()).isEqualTo(2);
        assertThat(b.err()).contains("regime map " + strategy + ": regime weak_bear: unknown strategy 'no-such'");

        Path param = write("bad-param.json",
                "{\"regimes\": {\"strong_bull\": {\"strategy\": \"sma-cross\", \"params\": {\"fast\": -3}}}}");
        CliRunner.Outcome c = cli.run("backtest", "--regime-map", param.toString(), "--universe", "small");
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("regime map " + param + ": regime strong_bull: strategy sma-cross:").contains("fast")
                .contains("-3");
        assertThat(c.err().strip().lines().count()).isEqualTo(1);

        CliRunner.Outcome d = cli.run("backtest", "--regime-map", map.toString(), "--universe", "small", "--rebalance", "hourly");
        assertThat(d.exit()).isEqualTo(2);
        assertThat(d.err()).contains("--rebalance 'hourly': use one of daily, weekly, monthly");

        CliRunner.Outcome e = cli.run("backtest", "--regime-map", map.toString(), "--strategy", "sma-cross", "--universe", "small");
        assertThat(e.exit()).isEqualTo(2);
        assertThat(e.err()).contains("--strategy and --regime-map exclude each other");
    }
}
