package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorsCommandTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void importMarket() throws Exception {
        cli = new CliRunner(dir.resolve("home"));
        cli.importSmallMarket(Files.createDirectories(dir.resolve("files")));
    }

    @Test
    void writesDatePlusOneColumnPerOutputWithEmptyWarmUpCells() throws Exception {
        Path csv = dir.resolve("out/ind.csv");
        CliRunner.Outcome o = cli.ok("indicators", "--symbol", "AAA", "--ind",
                "sma:20,ema:20,rsi:14,macd:12:26:9,bb:20:2,atr:14,adx:14,rv:20,dwap:20", "--out", csv.toString());

        assertThat(o.out()).contains("wrote 400 rows x 15 indicator columns");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).isEqualTo("date,sma_20,ema_20,rsi_14,macd_12_26_9_line,macd_12_26_9_signal,"
                + "macd_12_26_9_hist,bb_20_2_middle,bb_20_2_upper,bb_20_2_lower,atr_14,adx_14_plus_di,adx_14_minus_di,"
                + "adx_14,rv_20,dwap_20");
        assertThat(lines).hasSize(401);
        assertThat(lines.get(1)).isEqualTo("2020-01-02" + ",".repeat(15));
        String[] row19 = lines.get(20).split(",", -1);
        assertThat(row19[1]).as("sma_20 defined from bar 19").isNotEmpty();
        assertThat(row19[2]).as("ema_20 defined from bar 20").isEmpty();
        assertThat(lines.get(19).split(",", -1)[1]).as("sma_20 empty at bar 18").isEmpty();
        double expectedSma = 0;
        for (int i = 0; i < 20; i++) {
            expectedSma += 20 + 0.1 * i;
        }
        assertThat(Double.parseDouble(row19[1])).isCloseTo(expectedSma / 20, within(1e-9));
        String[] last = lines.get(400).split(",", -1);
        for (int c = 1; c < last.length; c++) {
            assertThat(last[c]).as("column %d after warm-up", c).isNotEmpty();
        }
    }

    @Test
    void fromAndToChooseTheRowsButNotTheWarmUp() throws Exception {
        Path csv = dir.resolve("range.csv");
        String from = CliRunner.dayOf(100).toString();
        String to = CliRunner.dayOf(109).toString();

        cli.ok("indicators", "--symbol", "AAA", "--ind", "sma:50", "--from", from, "--to", to, "--out", csv.toString());

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(11);
        assertThat(lines.get(1)).startsWith(from + ",").doesNotEndWith(",");
        assertThat(lines.get(10)).startsWith(to + ",");
    }

    @Test
    void anUnknownIndicatorOrSymbolIsOneClearLine() {
        CliRunner.Outcome bad = cli.run("indicators", "--symbol", "AAA", "--ind", "foo:3", "--out", dir.resolve("x.csv").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("sextant: unknown indicator 'foo'");
        CliRunner.Outcome unknown = cli.run("indicators", "--symbol", "ZZZ", "--ind", "sma:5", "--out", dir.resolve("x.csv").toString());
        assertThat(unknown.err()).startsWith("sextant: no daily bars for ZZZ");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }
}
