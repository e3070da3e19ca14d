package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class PortfolioCommandTest {

    @TempDir
    static Path dir;

    static CliRunner cli;

    @BeforeAll
    static void importMarket() throws Exception {
        cli = new CliRunner(dir.resolve("home"));
        cli.importSmallMarket(Files.createDirectories(dir.resolve("files")));
        cli.ok("portfolio", "create", "live", "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=20",
                "--universe", "small", "--start", CliRunner.dayOf(60).toString(), "--max-positions", "2");
        cli.ok("portfolio", "create", "ghost", "--ghost-of", "live", "--strategy", "sma-cross", "--param", "fast=10",
                "--param", "slow=40");
    }

    @Test
    void updatesInStepsAppendOnlyNewDaysToThePortfolioAndItsGhost() throws Exception {
        CliRunner.Outcome first = cli.ok("portfolio", "update", "live", "--through", CliRunner.dayOf(200).toString());
        assertThat(first.out()).contains("live").contains("ghost").contains("141").contains(CliRunner.dayOf(200).toString());
        CliRunner.Outcome second = cli.ok("portfolio", "update", "live");
        assertThat(second.out()).contains("199").contains(CliRunner.dayOf(399).toString());
        CliRunner.Outcome nothing = cli.ok("portfolio", "update", "live");
        assertThat(nothing.out()).containsPattern("live\\s+0\\s+0\\s+0\\s+0");

        Path json = dir.resolve("live.json");
        CliRunner.Outcome show = cli.ok("portfolio", "show", "live", "--json", json.toString());
        assertThat(show.out()).contains("benchmark SPY buy-and-hold").contains("ghosts: ghost").contains("post-mortems");
        JsonNode doc = CliRunner.readJson(json);
        assertThat(doc.get("days").size()).isEqualTo(340);
        assertThat(doc.get("last_day").asString()).isEqualTo(CliRunner.dayOf(399).toString());
        JsonNode pm = doc.get("post_mortems");
        assertThat(pm.size()).isPositive();
        assertThat(pm.get(0).get("entry_reason").asString()).startsWith("sma-cross entry signal at the close of");
        assertThat(pm.get(0).get("verdict").asString()).isNotBlank();
        assertThat(cli.ok("portfolio", "show").out()).contains("ghost").contains("live");
    }

    @Test
    void switchingPortfolioLogsItsSwitchesAsTheBacktestOfItsRuleDoes() {
        cli.ok("portfolio", "create", "rotor", "--candidate", "sma-cross:fast=5:slow=20", "--candidate", "rsi-reversion",
                "--universe", "small", "--start", CliRunner.dayOf(60).toString(), "--window", "20", "--min-gap", "1",
                "--cool-down", "10");
        assertThat(cli.ok("portfolio", "update", "rotor").out()).containsPattern("rotor\\s+340\\s+\\d+\\s+\\d+\\s+[1-9]");
        String log = cli.ok("portfolio", "switches", "rotor").out();
        assertThat(log).contains("score before").contains("gap").contains("days since the last switch >= cool-down 10");
        String bt = cli.ok("portfolio", "switches", "rotor", "--backtest-from", CliRunner.dayOf(60).toString()).out();
        assertThat(bt).contains("switching backtest of rotor from " + CliRunner.dayOf(60));
        // the paper portfolio decided on the same candidate curves, so its log is the backtest's
        assertThat(bt.substring(bt.indexOf('\n') + 1)).isEqualTo(log);
    }

    @Test
    void withJsonDashEachPortfolioCommandPrintsOnlyItsJsonDocument() {
        tools.jackson.databind.JsonNode created = CliRunner.JSON.readTree(cli.ok("portfolio", "create", "jsonp", "--strategy",
                "sma-cross", "--param", "fast=5", "--param", "slow=20", "--symbols", "AAA,BBB",
                "--start", CliRunner.dayOf(60).toString(), "--json", "-").out());
        assertThat(created.get("name").asString()).isEqualTo("jsonp");
        assertThat(created.get("id").asLong()).isPositive();
        assertThat(created.at("/request/strategy").asString()).isEqualTo("sma-cross");

        tools.jackson.databind.JsonNode trade = CliRunner.JSON.readTree(cli.ok("portfolio", "trade", "jsonp", "--buy",
                "--date", CliRunner.dayOf(70).toString(), "--symbol", "AAA", "--shares", "10", "--price", "27.5",
                "--json", "-").out());
        assertThat(trade.get("side").asString()).isEqualTo("buy");
        assertThat(trade.get("shares").asInt()).isEqualTo(10);
        assertThat(trade.get("price").asDouble()).isEqualTo(27.5);

        tools.jackson.databind.JsonNode update = CliRunner.JSON.readTree(cli.ok("portfolio", "update", "jsonp", "--json", "-").out());
        assertThat(update.get(0).get("portfolio").asString()).isEqualTo("jsonp");
        assertThat(update.get(0).get("new_days").asInt()).isEqualTo(340);
        assertThat(update.get(0).get("through").asString()).isEqualTo(CliRunner.dayOf(399).toString());

        tools.jackson.databind.JsonNode switches = CliRunner.JSON.readTree(cli.ok("portfolio", "switches", "jsonp", "--json", "-").out());
        assertThat(switches.get("active").asString()).isEqualTo("sma-cross");
        assertThat(switches.get("switches").isEmpty()).isTrue();

        CliRunner.Outcome whatIfText = cli.ok("portfolio", "whatif", "jsonp", "--since", CliRunner.dayOf(100).toString());
        tools.jackson.databind.JsonNode whatIf = CliRunner.JSON.readTree(cli.ok("portfolio", "whatif", "jsonp", "--since",
                CliRunner.dayOf(100).toString(), "--json", "-").out());
        assertThat(whatIf.get("strategy").asString()).isEqualTo("sma-cross");
        assertThat(whatIf.get("from").asString()).isEqualTo(CliRunner.dayOf(100).toString());
        assertThat(whatIfText.out()).contains(String.format(java.util.Locale.ROOT, "final equity %.2f",
                whatIf.at("/metrics/final_equity").asDouble()));
    }

    @Test
    void badInputIsOneLineNamingTheFieldAndWritesNothing() {
        assertThat(cli.run("portfolio", "create", "x", "--strategy", "nope", "--universe", "small", "--start", "2020-03-02").err())
                .contains("nope");
        assertThat(cli.run("portfolio", "create", "x", "--strategy", "sma-cross", "--universe", "small", "--start", "2020-13-01")
                .err()).contains("--start '2020-13-01' is not a date");
        assertThat(cli.run("portfolio", "create", "x", "--strategy", "sma-cross", "--universe", "small").err())
                .contains("--start YYYY-MM-DD is required");
        assertThat(cli.run("portfolio", "create", "live", "--strategy", "sma-cross", "--universe", "small", "--start",
                "2020-03-02").err()).contains("portfolio 'live' already exists");
        assertThat(cli.run("portfolio", "create", "y", "--candidate", "sma-cross", "--universe", "small", "--start",
                "2020-03-02").err()).contains("switching needs at least two candidates");
        assertThat(cli.run("portfolio", "create", "z", "--strategy", "sma-cross", "--universe", "small", "--start",
                "2020-03-02", "--fractional").err())
                .contains("a paper portfolio holds whole shares: fractional shares are not available");
        CliRunner.Outcome unknown = cli.run("portfolio", "update", "nope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no portfolio named 'nope'");
        assertThat(cli.run("portfolio", "trade", "live", "--buy", "--date", "2020-01-01", "--symbol", "AAA", "--shares",
                "0", "--price", "10").err()).contains("--shares 0: must be positive");
        assertThat(cli.ok("portfolio", "show").out()).doesNotContain("\nx ").doesNotContain("\ny ");
    }
}
