package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.data.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code backtest --returns total|price} and {@code data actions} on a home whose one symbol AAA (400 weekdays from
 * 2020-01-02, close 20 + 0.1 i) has a recorded cash dividend of 0.40 per share with ex-date Saturday 2020-12-05 (so
 * credited at Monday 2020-12-07's bar) and a 2:1 split on 2021-06-01, after it: per share of the split-adjusted
 * series the dividend is 0.40 / 2 = 0.20.
 */
class TotalReturnCommandTest {

    @TempDir
    static Path dir;

    static CliRunner cli;

    @BeforeAll
    static void homeWithADividendAndALaterSplit() throws Exception {
        cli = new CliRunner(dir.resolve("home"));
        Path files = Files.createDirectories(dir.resolve("files"));
        CliRunner.writeDaily(files, "AAA", 400, i -> 20 + 0.1 * i);
        cli.ok("data", "import", files.toString());
        try (Database db = Database.open(cli.home())) {
            db.dsl().execute("insert into corporate_action (instrument_id, ex_date, action_type, amount)"
                    + " select id, date '2020-12-05', 'dividend', 0.40 from instrument where symbol = 'AAA'");
            db.dsl().execute("insert into corporate_action (instrument_id, ex_date, action_type, amount)"
                    + " select id, date '2021-06-01', 'split', 2 from instrument where symbol = 'AAA'");
        }
    }

    private static JsonNode backtest(String name, String... returns) {
        Path json = dir.resolve(name);
        String[] base = {"backtest", "--json", json.toString(), "--strategy", "dwap-breakout", "--param", "threshold=0",
                "--param", "minPrice=0", "--param", "stopLoss=0", "--param", "profitTarget=0", "--param", "trailingStop=0",
                "--symbols", "AAA", "--sizing", "all-in", "--benchmark", "none"};
        String[] all = java.util.Arrays.copyOf(base, base.length + returns.length);
        System.arraycopy(returns, 0, all, base.length, returns.length);
        cli.ok(all);
        return CliRunner.readJson(json);
    }

    /**
     * One all-in position bought before the ex-date and held to the end: total returns end above price returns by
     * the shares held × 0.20, credited from 2020-12-07 on; the fills are the same.
     */
    @Test
    void newRunsCreditTheDividendPerShareOfTodayAndPriceRunsDoNot() {
        JsonNode total = backtest("total.json");
        JsonNode price = backtest("price.json", "--returns", "price");

        assertThat(total.at("/request/returns").asString()).isEqualTo("total");
        assertThat(total.at("/provenance/returns").asString()).isEqualTo("total");
        assertThat(price.at("/provenance/returns").asString()).isEqualTo("price");
        assertThat(total.get("executions")).isEqualTo(price.get("executions"));
        JsonNode buy = total.get("executions").get(0);
        assertThat(buy.get("date").asString()).isLessThan("2020-12-05");
        long shares = buy.get("shares").asLong();
        double credit = shares * 0.20;
        assertThat(total.at("/metrics/final_equity").asDouble() - price.at("/metrics/final_equity").asDouble())
                .isCloseTo(credit, within(1e-6));
        assertThat(equityOn(total, "2020-12-07") - equityOn(price, "2020-12-07")).isCloseTo(credit, within(1e-6));
        assertThat(equityOn(total, "2020-12-04")).isEqualTo(equityOn(price, "2020-12-04"));
    }

    private static double equityOn(JsonNode doc, String date) {
        return doc.get("equity").valueStream().filter(e -> e.get("date").asString().equals(date)).findFirst()
                .orElseThrow().get("equity").asDouble();
    }

    @Test
    void dataActionsListsTheSplitsAndDividendsWithTheDividendPerShareOfToday() {
        CliRunner.Outcome table = cli.ok("data", "actions", "AAA");
        assertThat(table.out()).containsPattern("2020-12-05\\s+dividend\\s+0\\.4\\s+0\\.2\\s*\\n")
                .containsPattern("2021-06-01\\s+split\\s+2\\s*\\n").contains("AAA: 1 splits, 1 dividends");

        JsonNode rows = CliRunner.JSON.readTree(cli.ok("data", "actions", "aaa", "--json", "-").out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("ex_date").asString()).isEqualTo("2020-12-05");
        assertThat(rows.get(0).get("type").asString()).isEqualTo("dividend");
        assertThat(rows.get(0).get("amount").asDouble()).isEqualTo(0.40);
        assertThat(rows.get(0).get("per_share_today").asDouble()).isEqualTo(0.20);
        assertThat(rows.get(1).get("per_share_today").isNull()).isTrue();
    }

    @Test
    void dataActionsOfAnUnknownSymbolIsOneLineNamingIt() {
        CliRunner.Outcome o = cli.run("data", "actions", "NOPE");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err().strip()).isEqualTo("sextant: no bars stored for NOPE (see ./sextant data list)");
    }
}
