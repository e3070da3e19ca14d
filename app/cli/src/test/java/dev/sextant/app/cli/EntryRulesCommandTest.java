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
 * The entry filters and risk policies from the command line: {@code risk-policy} create/list/show/delete, the
 * shared options of {@code backtest}, {@code scan} and {@code optimize}, what a run's JSON records, and one-line
 * errors naming the option and the value.
 */
class EntryRulesCommandTest {

    @TempDir
    static Path dir;

    static CliRunner cli;

    /** The small market plus DOWN, an index falling all the way (always below its averages), and UP, rising. */
    @BeforeAll
    static void importMarket() throws Exception {
        cli = new CliRunner(dir.resolve("home"));
        Path files = Files.createDirectories(dir.resolve("files"));
        CliRunner.writeDaily(files, "DOWN", 400, i -> 500 - i);
        CliRunner.writeDaily(files, "UP", 400, i -> 100 + i);
        cli.ok("data", "import", files.toString(), "--universe", "indexes");
        cli.importSmallMarket(Files.createDirectories(dir.resolve("small")));
    }

    private static JsonNode json(String name, String... args) {
        Path file = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--json", file.toString()));
        cli.ok(all.toArray(String[]::new));
        return CliRunner.readJson(file);
    }

    @Test
    void riskPoliciesAreSavedListedShownAndDeleted() {
        assertThat(cli.ok("risk-policy", "create", "calm", "--max-gross", "0.9", "--max-position", "0.1",
                "--max-new-per-day", "2", "--drawdown-stop", "0.2").out()).contains("risk policy calm created");
        assertThat(cli.ok("risk-policy", "list").out()).containsPattern("calm\\s+0.9\\s+0.1\\s+-\\s+2\\s+-\\s+0.2");
        JsonNode shown = json("calm.json", "risk-policy", "show", "calm");
        assertThat(shown.get("max_gross_exposure").asDouble()).isEqualTo(0.9);
        assertThat(shown.get("max_sector_weight").isNull()).isTrue();
        assertThat(shown.get("max_new_per_day").asInt()).isEqualTo(2);

        assertThat(cli.run("risk-policy", "create", "calm", "--max-gross", "0.5").err()).contains("risk policy 'calm' already exists");
        assertThat(cli.run("risk-policy", "create", "wild", "--max-position", "2").err())
                .contains("risk policy wild: --max-position must be in (0, 1], got 2.0");
        assertThat(cli.run("risk-policy", "create", "empty").err()).contains("risk policy empty: sets no limit; give at least one of");
        assertThat(cli.ok("risk-policy", "delete", "calm").out()).contains("risk policy calm deleted");
        assertThat(cli.run("risk-policy", "show", "calm").err()).contains("no risk policy named 'calm'");
    }

    @Test
    void aFallingIndexBlocksEveryScanSignalAndTheScanSaysSo() {
        String date = CliRunner.dayOf(300).toString();
        String[] scan = {"scan", "--strategy", "dwap-breakout", "--param", "period=20", "--param", "threshold=0",
                "--universe", "small", "--date", date};
        JsonNode plain = json("scan-plain.json", scan);
        int signals = plain.get("signals").size();
        assertThat(signals).isPositive();

        List<String> down = new ArrayList<>(List.of(scan));
        down.addAll(List.of("--market-filter", "DOWN:sma50"));
        CliRunner.Outcome text = cli.ok(down.toArray(String[]::new));
        assertThat(text.out()).contains("market filter: DOWN below SMA 50, 0 entries (" + signals + " signals blocked)");
        JsonNode blocked = json("scan-down.json", down.toArray(String[]::new));
        assertThat(blocked.get("signals").size()).isZero();
        assertThat(blocked.get("blocked_signals").asInt()).isEqualTo(signals);
        assertThat(blocked.get("filters").get(0).get("open").asBoolean()).isFalse();

        List<String> up = new ArrayList<>(List.of(scan));
        up.addAll(List.of("--market-filter", "UP:sma50"));
        JsonNode open = json("scan-up.json", up.toArray(String[]::new));
        assertThat(open.get("signals").size()).isEqualTo(signals);
        assertThat(open.get("blocked_message").isNull()).isTrue();
    }

    @Test
    void aBacktestRecordsItsRulesAndWhatBound() {
        cli.ok("risk-policy", "create", "small-bets", "--max-position", "0.05");
        JsonNode doc = json("rules.json", "backtest", "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=20",
                "--symbols", "AAA,BBB,CCC", "--max-positions", "2", "--market-filter", "UP:sma50",
                "--circuit-breaker", "2:5:any", "--risk-policy", "small-bets");
        JsonNode rules = doc.get("request").get("rules");
        assertThat(rules.get("market_filter").asString()).isEqualTo("UP:sma50");
        assertThat(rules.get("circuit_breaker").asString()).isEqualTo("2:5:any");
        assertThat(rules.get("risk_policy").get("max_position_weight").asDouble()).isEqualTo(0.05);
        assertThat(doc.get("provenance").get("rules").asString())
                .isEqualTo("market filter UP:sma50; circuit breaker 2:5:any; risk policy small-bets");
        List<String> names = new ArrayList<>();
        doc.get("constraints").forEach(c -> names.add(c.get("name").asString()));
        assertThat(names).containsExactly("market filter UP:sma50", "circuit breaker 2:5:any", "max positions 2", "cash",
                "max position weight 0.05");
        JsonNode weight = doc.get("constraints").get(4);
        assertThat(weight.propertyNames()).containsExactly("name", "binds", "blocked_entries", "reduced_entries");
        // equal weight over 2 positions asks for 50 % of equity; the policy cuts every entry to 5 %
        assertThat(weight.get("binds").asBoolean()).isTrue();
        assertThat(weight.get("reduced_entries").asInt()).isEqualTo(doc.get("round_trips").size());
        for (JsonNode e : doc.get("executions")) {
            if (e.get("side").asString().equals("buy")) {
                assertThat(e.get("shares").asDouble() * e.get("price").asDouble()).isLessThanOrEqualTo(0.05 * 200_000);
            }
        }
        JsonNode reopened = json("rules-reopened.json", "runs", "show", doc.get("provenance").get("run_id").asString());
        assertThat(reopened.get("constraints")).isEqualTo(doc.get("constraints"));
        assertThat(reopened.get("request").get("rules")).isEqualTo(rules);
    }

    /**
     * Sector limit 0.3 with 3 positions (equal weight: a third of equity each, 0.333 &gt; 0.3): AAA and BBB are both
     * "Tech", CCC "Energy". Every entry is cut to at most 30 % of equity, and while one Tech stock is held the other
     * gets only the rest of the sector's 30 %. Without a sector for CCC the run is refused, naming it.
     */
    @Test
    void aSectorLimitReadsTheSectorsOfAnImportedUniverse() throws Exception {
        cli.ok("risk-policy", "create", "spread", "--max-sector", "0.3");
        Path list = dir.resolve("sectors.csv");
        Files.writeString(list, "symbol,from,to,sector\nAAA,,,Tech\nBBB,,,Tech\n");
        cli.ok("universe", "import", "tech", list.toString());
        assertThat(cli.run("backtest", "--strategy", "sma-cross", "--symbols", "AAA,BBB,CCC", "--risk-policy", "spread").err())
                .contains("sextant: --risk-policy 'spread': its max sector weight needs each traded symbol's sector, and no"
                        + " stored universe gives one for 1 of them (CCC)");

        Files.writeString(list, "symbol,from,to,sector\nAAA,,,Tech\nBBB,,,Tech\nCCC,,,Energy\n");
        assertThat(cli.ok("universe", "import", "tech", list.toString()).out()).contains("3 members (0 with membership dates, 3 with a sector)");
        assertThat(cli.ok("universe", "show", "tech").out()).containsPattern("CCC\\s+Energy");
        JsonNode doc = json("sector.json", "backtest", "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=20",
                "--symbols", "AAA,BBB,CCC", "--max-positions", "3", "--risk-policy", "spread");
        assertThat(doc.get("request").get("rules").get("sectors").get("CCC").asString()).isEqualTo("Energy");
        JsonNode sector = doc.get("constraints").get(2);
        assertThat(sector.get("name").asString()).isEqualTo("max sector weight 0.3");
        assertThat(sector.get("reduced_entries").asInt()).isPositive();
    }

    @Test
    void badRuleTextsAndUnknownSymbolsAreNamedInOneLine() {
        String[] base = {"backtest", "--strategy", "sma-cross", "--symbols", "AAA"};
        assertThat(error(base, "--market-filter", "UP:avg50")).isEqualTo("sextant: --market-filter 'UP:avg50': expected SYMBOL:smaN[:band], e.g. SPY:sma200");
        assertThat(error(base, "--market-filter", "NOPE:sma50")).isEqualTo("sextant: --market-filter 'NOPE:sma50': no daily bars of NOPE in this home (see ./sextant data list)");
        assertThat(error(base, "--regime-gate", "bullish")).startsWith("sextant: --regime-gate 'bullish': unknown regime 'bullish'; known: strong_bull");
        assertThat(error(base, "--vol-ceiling", "UP:0")).isEqualTo("sextant: --vol-ceiling 'UP:0': level must be finite and > 0");
        assertThat(error(base, "--circuit-breaker", "3")).isEqualTo("sextant: --circuit-breaker '3': expected N:M[:stop|trailing|any], e.g. 3:10:trailing");
        assertThat(error(base, "--risk-policy", "nope")).isEqualTo("sextant: --risk-policy 'nope': no such saved policy (see ./sextant risk-policy list)");
        assertThat(error(new String[] {"optimize", "--strategy", "sma-cross", "--symbols", "AAA", "--trials", "2"},
                "--circuit-breaker", "0:5")).isEqualTo("sextant: --circuit-breaker '0:5': exits N must be >= 1");
    }

    private static String error(String[] base, String... extra) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(extra));
        CliRunner.Outcome o = cli.run(all.toArray(String[]::new));
        assertThat(o.exit()).isEqualTo(2);
        return o.err().strip();
    }
}
