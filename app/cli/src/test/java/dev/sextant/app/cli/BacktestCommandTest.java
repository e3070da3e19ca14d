package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class BacktestCommandTest {

    @TempDir
    static Path dir;

    static CliRunner cli;

    @BeforeAll
    static void importMarket() throws Exception {
        cli = new CliRunner(dir.resolve("home"));
        Path files = Files.createDirectories(dir.resolve("files"));
        cli.importSmallMarket(files);
    }

    private static JsonNode backtest(String name, String... args) {
        Path json = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of("backtest", "--json", json.toString()));
        all.addAll(List.of(args));
        CliRunner.Outcome o = cli.ok(all.toArray(String[]::new));
        assertThat(o.out()).contains("saved as run ");
        return CliRunner.readJson(json);
    }

    @Test
    void writesTheDocumentWithExactlyTheStatedKeys() {
        JsonNode doc = backtest("shape.json", "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=20",
                "--symbols", "BBB,CCC", "--sizing", "fixed-fraction:0.4", "--commission", "bps:5");

        assertThat(doc.propertyNames()).containsExactly("request", "provenance", "metrics", "executions",
                "round_trips", "equity", "constraints", "by_regime", "content_hash");
        assertThat(doc.get("metrics").propertyNames()).containsExactly("final_equity", "total_return", "cagr",
                "sharpe", "sortino", "calmar", "max_drawdown", "max_drawdown_days", "exposure", "trades", "win_rate",
                "profit_factor", "expectancy", "sqn", "avg_bars_held", "benchmark_return", "alpha", "beta");
        JsonNode trips = doc.get("round_trips");
        assertThat(trips.size()).isGreaterThan(3);
        for (JsonNode t : trips) {
            assertThat(t.propertyNames()).containsExactly("symbol", "entry_date", "entry_price", "exit_date",
                    "exit_price", "shares", "pnl", "exit_reason", "bars_held", "mae", "mfe");
            assertThat(t.get("entry_date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        JsonNode equity = doc.get("equity");
        assertThat(equity.get(0).propertyNames()).containsExactly("date", "equity", "benchmark_equity", "drawdown",
                "exposure");
        assertThat(equity.get(0).get("date").asString()).isEqualTo("2020-01-02");
        assertThat(equity.get(0).get("equity").asDouble()).isEqualTo(100_000.0);
        assertThat(doc.get("metrics").get("final_equity").asDouble())
                .isEqualTo(equity.get(equity.size() - 1).get("equity").asDouble());
        assertThat(doc.get("request").get("benchmark").asString()).as("SPY is the default benchmark").isEqualTo("SPY");
        assertThat(doc.get("request").get("params").get("fast").asInt()).isEqualTo(5);
        assertThat(doc.get("provenance").get("params").asString()).isEqualTo("fast=5;slow=20");
        assertThat(doc.get("executions").get(0).get("commission").asDouble()).isPositive();
    }

    @Test
    void twoIdenticalBacktestsHaveTheSameContentHashAndDifferentRunIds() {
        String[] args = {"--strategy", "sma-cross", "--param", "fast=4", "--param", "slow=18", "--symbols", "AAA,BBB,CCC"};
        JsonNode first = backtest("hash-1.json", args);
        JsonNode second = backtest("hash-2.json", args);
        JsonNode other = backtest("hash-3.json", "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=18",
                "--symbols", "AAA,BBB,CCC");

        assertThat(first.at("/provenance/run_id").asLong()).isNotEqualTo(second.at("/provenance/run_id").asLong());
        assertThat(first.get("content_hash").asString()).matches("sha256:[0-9a-f]{64}")
                .isEqualTo(second.get("content_hash").asString())
                .isNotEqualTo(other.get("content_hash").asString());
    }

    @Test
    void tearsheetWritesThePanelsHtmlReportWithItsChartsMetricsAndRoundTrips() throws Exception {
        Path html = dir.resolve("report/tearsheet.html");
        JsonNode doc = backtest("tearsheet.json", "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=20",
                "--symbols", "AAA,BBB,CCC", "--tearsheet", html.toString());

        String text = Files.readString(html);
        long id = doc.at("/provenance/run_id").asLong();
        assertThat(text).startsWith("<!DOCTYPE html>").contains("<h1>Run " + id + ": sma-cross</h1>")
                .contains("<tr><td>Trades</td><td>" + doc.at("/metrics/trades").asInt() + "</td></tr>")
                .contains(String.format(java.util.Locale.ROOT, "<tr><td>Final equity</td><td>%,.0f</td></tr>",
                        doc.at("/metrics/final_equity").asDouble()))
                .contains("Round trips (" + doc.get("round_trips").size() + ")")
                .contains("<h2>Monthly returns (%)</h2>");
        java.util.regex.Matcher images = java.util.regex.Pattern
                .compile("<h2>([^<]+)</h2>\\n<img alt=\"[^\"]+\" src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\">").matcher(text);
        List<String> captions = new ArrayList<>();
        while (images.find()) {
            captions.add(images.group(1));
            var png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(images.group(2))));
            assertThat(png.getWidth()).isEqualTo(960);
            assertThat(png.getHeight()).isEqualTo(320);
        }
        assertThat(captions).containsExactly("Equity vs benchmark (% growth)", "Underwater (drawdown %)");
    }

    @Test
    void regimeHeatmapShowsTheNewestRunsSplitByRegimeAsThePanelsTableDoes() {
        cli.ok("regime");
        JsonNode run = backtest("heat.json", "--strategy", "donchian-breakout", "--universe", "small");
        JsonNode heat = CliRunner.JSON.readTree(cli.ok("regime", "heatmap", "--metric", "total-return", "--json", "-").out());
        assertThat(heat.get("metric").asString()).isEqualTo("total-return");
        JsonNode row = heat.get("rows").valueStream().filter(r -> r.get("strategy").asString().equals("donchian-breakout"))
                .findFirst().orElseThrow();
        assertThat(row.get("run").asLong()).isEqualTo(run.at("/provenance/run_id").asLong());
        JsonNode regimes = run.at("/by_regime/regimes");
        int withValue = 0;
        for (String regime : regimes.propertyNames()) {
            JsonNode cell = regimes.get(regime);
            JsonNode shown = row.get("values").get(regime);
            if (cell.get("days").asInt() >= 20) {
                assertThat(shown.asDouble()).as(regime).isCloseTo(cell.get("return").asDouble(), within(1e-12));
                withValue++;
            } else {
                assertThat(shown.isNull()).as(regime + ": too few days for a value").isTrue();
            }
        }
        assertThat(withValue).isPositive();

        String text = cli.ok("regime", "heatmap", "--metric", "total-return").out();
        assertThat(text).contains("Total return % by market regime").containsPattern("donchian-breakout\\s+" + row.get("run").asLong());
        assertThat(cli.run("regime", "heatmap", "--metric", "cagr").err())
                .contains("--metric 'cagr': expected one of [annual-return, sharpe, total-return, win-rate]");
    }

    @Test
    void anOpenPositionHasNoExitDateAndIsValuedAtTheLastClose() {
        JsonNode doc = backtest("open.json", "--strategy", "dwap-breakout", "--param", "threshold=0",
                "--param", "minPrice=0", "--param", "stopLoss=0", "--param", "profitTarget=0", "--param", "trailingStop=0",
                "--symbols", "AAA", "--sizing", "all-in", "--benchmark", "none");

        JsonNode trips = doc.get("round_trips");
        assertThat(trips.size()).isEqualTo(1);
        JsonNode open = trips.get(0);
        assertThat(open.get("exit_date").isNull()).isTrue();
        assertThat(open.get("exit_reason").isNull()).isTrue();
        double lastClose = 20 + 0.1 * 399;
        double expectedPnl = open.get("shares").asLong() * (lastClose - open.get("entry_price").asDouble());
        assertThat(open.get("pnl").asDouble()).isCloseTo(expectedPnl, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(doc.get("metrics").get("profit_factor").isNull()).as("no losing trade").isTrue();
        assertThat(doc.get("equity").get(0).get("benchmark_equity").isNull()).isTrue();
    }

    @Test
    void aSavedRunReopensAsTheSameDocument() throws Exception {
        Path original = dir.resolve("original.json");
        CliRunner.Outcome o = cli.ok("backtest", "--strategy", "sma-cross", "--param", "fast=3", "--param", "slow=15",
                "--universe", "small", "--max-positions", "2", "--slippage", "range:0.1", "--close-only",
                "--json", original.toString());
        String id = o.out().replaceAll("(?s).*saved as run (\\d+).*", "$1");

        Path reopened = dir.resolve("reopened.json");
        CliRunner.Outcome shown = cli.ok("runs", "show", id, "--json", reopened.toString());

        assertThat(shown.out()).contains("run " + id + ": sma-cross");
        assertThat(Files.readString(reopened)).isEqualTo(Files.readString(original));
        assertThat(CliRunner.readJson(reopened).get("request").get("exit_mode").asString()).isEqualTo("close-only");
        assertThat(CliRunner.readJson(reopened).get("by_regime").get("regimes").isEmpty()).isFalse();
        assertThat(shown.out()).contains("by regime (SPY with its realised volatility, model regime-1;");
        assertThat(cli.ok("runs", "list").out()).contains(id + "  sma-cross");
    }

    @Test
    void byRegimeSplitsTheDaysAndTradesByTheRegimeTheRegimeCommandGivesEachDay() {
        JsonNode doc = backtest("by-regime.json", "--strategy", "sma-cross", "--param", "fast=3", "--param", "slow=10",
                "--universe", "small", "--max-positions", "4");
        Path regimeJson = dir.resolve("regimes-of-days.json");
        cli.ok("regime", "--json", regimeJson.toString());
        Map<String, String> regimeOfDay = new HashMap<>();
        for (JsonNode day : CliRunner.readJson(regimeJson).get("days")) {
            regimeOfDay.put(day.get("date").asString(), day.get("regime").asString());
        }

        JsonNode byRegime = doc.get("by_regime");
        assertThat(byRegime.propertyNames()).containsExactly("index", "volatility", "model_version", "strategy",
                "unclassified_days", "regimes");
        assertThat(byRegime.get("index").asString()).isEqualTo("SPY");
        assertThat(byRegime.get("volatility").isNull()).isTrue();
        assertThat(byRegime.get("strategy").asString()).isEqualTo("sma-cross");
        // a day's return goes to that day's regime; the first equity point has no return
        Map<String, Integer> expectedDays = new TreeMap<>();
        int unclassified = 0;
        JsonNode equity = doc.get("equity");
        for (int t = 1; t < equity.size(); t++) {
            String regime = regimeOfDay.get(equity.get(t).get("date").asString());
            if (regime == null) {
                unclassified++;
            } else {
                expectedDays.merge(regime, 1, Integer::sum);
            }
        }
        JsonNode regimes = byRegime.get("regimes");
        assertThat(new TreeSet<>(regimes.propertyNames())).containsExactlyElementsOf(expectedDays.keySet());
        assertThat(byRegime.get("unclassified_days").asInt()).isEqualTo(unclassified).isPositive();
        int trades = 0;
        for (Map.Entry<String, Integer> e : expectedDays.entrySet()) {
            JsonNode cell = regimes.get(e.getKey());
            assertThat(cell.propertyNames()).containsExactly("days", "return", "sharpe", "win_rate", "trades");
            assertThat(cell.get("days").asInt()).as(e.getKey()).isEqualTo(e.getValue());
            trades += cell.get("trades").asInt();
        }
        long closedOnClassifiedDays = doc.get("round_trips").valueStream()
                .filter(t -> !t.get("exit_date").isNull() && regimeOfDay.containsKey(t.get("entry_date").asString())).count();
        assertThat(trades).isEqualTo(closedOnClassifiedDays).isPositive();
    }

    @Test
    void withoutAnIndexTheBacktestHasNoByRegimeAndSaysSo() throws Exception {
        CliRunner bare = new CliRunner(dir.resolve("bare-home"));
        Path files = Files.createDirectories(dir.resolve("bare-files"));
        CliRunner.writeDaily(files, "AAA", 300, i -> 20 + 0.1 * i);
        bare.ok("data", "import", files.toString());
        Path json = dir.resolve("bare.json");

        CliRunner.Outcome o = bare.ok("backtest", "--strategy", "sma-cross", "--symbols", "AAA", "--json", json.toString());

        assertThat(CliRunner.readJson(json).has("by_regime")).isFalse();
        assertThat(o.err()).contains("note: no by_regime table: neither SPY nor IDX.SX has daily bars");
        assertThat(o.out()).contains("by regime: none stored with this run");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--strategy nope --symbols AAA",
        "--strategy sma-cross --param fast=abc --symbols AAA",
        "--strategy sma-cross --param speed=3 --symbols AAA",
        "--strategy sma-cross --param fast=0 --symbols AAA",
        "--strategy sma-cross --symbols AAA,NOPE",
        "--strategy sma-cross --universe nope",
        "--strategy sma-cross --symbols AAA --from 2021-01-01 --to 2020-06-01",
        "--strategy sma-cross --symbols AAA --from 2021-13-01",
        "--strategy sma-cross --symbols AAA --sizing fixed-fraction:x",
        "--strategy sma-cross --symbols AAA --sizing lots",
        "--strategy sma-cross --symbols AAA --sizing fixed-fraction:5",
        "--strategy sma-cross --symbols AAA --sizing atr-risk:0",
        "--strategy sma-cross --symbols AAA --sizing vol-target:0",
        "--strategy sma-cross --symbols AAA --capital 1e300",
        "--strategy sma-cross --symbols AAA --commission bps",
        "--strategy sma-cross --symbols AAA --fill tomorrow",
        "--strategy sma-cross --symbols AAA --benchmark NOPE",
        "--strategy sma-cross --symbols AAA --from 2030-01-01"
    })
    void badInputPrintsOneLineExitsTwoAndSavesNothing(String args) throws Exception {
        Path before = dir.resolve("before.json");
        cli.ok("runs", "list", "--json", before.toString());

        CliRunner.Outcome o = cli.run(("backtest " + args).split(" "));

        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err().strip()).startsWith("sextant: ").doesNotContain("\n").doesNotContain("Exception");
        Path after = dir.resolve("after.json");
        cli.ok("runs", "list", "--json", after.toString());
        assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
    }
}
