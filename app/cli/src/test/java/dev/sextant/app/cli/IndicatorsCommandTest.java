package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        assertThat(unknown.err()).startsWith("sextant: no bars for ZZZ (see ./sextant data list)");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void weeklyBarsAreResampledFromTheDailyOnesAndStampedWithTheWeeksFirstTradingDay() throws Exception {
        Path csv = dir.resolve("weekly.csv");
        cli.ok("indicators", "--symbol", "AAA", "--ind", "sma:2", "--timeframe", "1w", "--out", csv.toString());

        // Independently: group AAA's 400 weekdays (close 20 + 0.1 i) by the Monday of their week; keep the first date, last close.
        Map<LocalDate, double[]> weeks = new LinkedHashMap<>();
        for (int i = 0; i < 400; i++) {
            LocalDate d = CliRunner.dayOf(i);
            double close = 20 + 0.1 * i;
            weeks.computeIfAbsent(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    m -> new double[] {d.toEpochDay(), close})[1] = close;
        }
        List<double[]> expected = new ArrayList<>(weeks.values());
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).isEqualTo("date,sma_2");
        assertThat(lines).hasSize(expected.size() + 1);
        assertThat(lines.get(1)).isEqualTo("2020-01-02,");
        for (int k = 1; k < expected.size(); k++) {
            String[] row = lines.get(k + 1).split(",");
            assertThat(row[0]).isEqualTo(LocalDate.ofEpochDay((long) expected.get(k)[0]).toString());
            assertThat(Double.parseDouble(row[1])).as("week %d", k)
                    .isCloseTo((expected.get(k - 1)[1] + expected.get(k)[1]) / 2, within(1e-9));
        }
    }

    @Test
    void monthlyBarsEndAtTheMonthsLastClose() throws Exception {
        Path csv = dir.resolve("monthly.csv");
        cli.ok("indicators", "--symbol", "AAA", "--ind", "sma:1", "--timeframe", "1mo", "--to", "2020-03-31",
                "--out", csv.toString());

        // January 2020 has 22 weekdays from the 2nd (bars 0..21): its close is 20 + 0.1 * 21; February starts Monday
        // the 3rd and has 20 weekdays (close 20 + 0.1 * 41); March starts Monday the 2nd, 22 weekdays (20 + 0.1 * 63).
        assertRows(csv, "date,sma_1", List.of("2020-01-02", "2020-02-03", "2020-03-02"), List.of(22.1, 24.1, 26.3));
    }

    @Test
    void intradayBarsAreResampledFromTheSessionOpenAndWrittenWithTheirStartTime() throws Exception {
        StringBuilder rows = new StringBuilder("timestamp,open,high,low,close,volume\n");
        for (int m = 29; m <= 41; m++) { // 09:29 is before the open and left out
            rows.append(String.format(java.util.Locale.ROOT, "2024-03-01 09:%02d:00,10,20,5,%.1f,100%n", m, 10 + 0.1 * m));
        }
        Path files = Files.createDirectories(dir.resolve("minutes"));
        Files.writeString(files.resolve("MIN.csv"), rows);
        cli.ok("data", "import", files.resolve("MIN.csv").toString());
        Path csv = dir.resolve("five.csv");

        cli.ok("indicators", "--symbol", "MIN", "--ind", "sma:1", "--timeframe", "5m", "--out", csv.toString());

        // 5m closes are the closes of 09:34, 09:39 and 09:41 (10 + 0.1 * minute)
        assertRows(csv, "time,sma_1", List.of("2024-03-01T09:30-05:00", "2024-03-01T09:35-05:00", "2024-03-01T09:40-05:00"),
                List.of(13.4, 13.9, 14.1));
        CliRunner.Outcome daily = cli.run("indicators", "--symbol", "MIN", "--ind", "sma:1", "--timeframe", "1d",
                "--out", csv.toString());
        assertThat(daily.exit()).isEqualTo(2);
        assertThat(daily.err()).startsWith("sextant: no 1d bars for MIN: its stored bars build 1m, 5m, 15m, 30m, 1h");
    }

    @Test
    void anUnknownTimeframeIsNamedWithTheValidCodes() {
        CliRunner.Outcome bad = cli.run("indicators", "--symbol", "AAA", "--ind", "sma:5", "--timeframe", "2h",
                "--out", dir.resolve("x.csv").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith(
                "sextant: --timeframe: unknown timeframe '2h' (expected one of 1m, 5m, 15m, 30m, 1h, 1d, 1w, 1mo)");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    /** The CSV has {@code header}, then one row per time with a value within 1e-9 (Ta4j's running sums are not exact). */
    private static void assertRows(Path csv, String header, List<String> times, List<Double> values) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).isEqualTo(header);
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).toList()).isEqualTo(times);
        for (int k = 0; k < values.size(); k++) {
            assertThat(Double.parseDouble(lines.get(k + 1).split(",")[1])).as(times.get(k)).isCloseTo(values.get(k), within(1e-9));
        }
    }
}
