package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The intraday commands end to end on a small minute market: MIN has three full NYSE sessions
 * (2024-03-04 to 03-06) of 1-minute bars oscillating around 100 with a 40-minute period and
 * rising steeply over the last 20 minutes (so a position is open into each close), plus ten
 * pre-market bars each morning, written headerless with zone-less New York stamps.
 */
class IntradayCommandsTest {

    private static final ZoneId NY = ZoneId.of("America/New_York");

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void importMinutes() {
        cli = new CliRunner(dir.resolve("home"));
        CliRunner.Outcome imported = cli.ok("data", "import", writeMinutes(dir).toString());
        assertThat(imported.out()).contains("MIN.txt: layout no header: datetime,open,high,low,close,volume (FirstRate Data), local text");
    }

    static Path writeMinutes(Path dir) {
        Path file = dir.resolve("MIN.txt");
        try (Writer w = Files.newBufferedWriter(file)) {
            int k = 0;
            for (int day = 4; day <= 6; day++) {
                for (LocalTime t = LocalTime.of(9, 20); t.isBefore(LocalTime.of(16, 0)); t = t.plusMinutes(1)) {
                    int ramp = Math.max(0, t.getHour() * 60 + t.getMinute() - (15 * 60 + 40));
                    double open = 100 + 2 * Math.sin(k / 40.0 * 2 * Math.PI) + 0.5 * ramp;
                    double close = 100 + 2 * Math.sin((k + 1) / 40.0 * 2 * Math.PI) + 0.5 * (ramp + 1);
                    w.write(String.format(Locale.ROOT, "2024-03-%02d %s:00,%.4f,%.4f,%.4f,%.4f,%d%n", day, t, open,
                            Math.max(open, close) + 0.05, Math.min(open, close) - 0.05, close, 1000 + k % 7 * 100));
                    k++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static ZonedDateTime ny(String iso) {
        return Instant.parse(iso).atZone(NY);
    }

    @Test
    void oneMinuteBacktestTradesRegularHoursAndIsFlatOvernight() {
        Path json = dir.resolve("run.json");
        cli.ok("backtest", "--strategy", "sma-vwap-cross", "--param", "smaPeriod=5", "--symbols", "MIN",
                "--timeframe", "1m", "--json", json.toString());
        JsonNode run = CliRunner.readJson(json);
        assertThat(run.get("request").get("timeframe").asString()).isEqualTo("1m");
        JsonNode trips = run.get("round_trips");
        assertThat(trips.size()).isGreaterThan(3);
        List<String> reasons = new ArrayList<>();
        for (JsonNode t : trips) {
            ZonedDateTime entry = ny(t.get("entry_date").asString());
            ZonedDateTime exit = ny(t.get("exit_date").asString());
            assertThat(exit.toLocalDate()).as("flat overnight").isEqualTo(entry.toLocalDate());
            assertThat(entry.toLocalTime()).isAfterOrEqualTo(LocalTime.of(9, 30)).isBefore(LocalTime.of(16, 0));
            reasons.add(t.get("exit_reason").asString());
            if (t.get("exit_reason").asString().equals("session_close")) {
                assertThat(exit.toLocalTime()).isEqualTo(LocalTime.of(15, 59));
            }
        }
        assertThat(reasons).contains("signal", "session_close");
        // three sessions of 390 regular bars: the pre-market bars are not traded
        assertThat(run.get("equity").size()).isEqualTo(3 * 390);
    }

    @Test
    void holdingOvernightKeepsAPositionIntoTheNextSession() {
        Path json = dir.resolve("hold.json");
        cli.ok("backtest", "--strategy", "sma-vwap-cross", "--param", "smaPeriod=5", "--symbols", "MIN",
                "--timeframe", "5m", "--hold-overnight", "--json", json.toString());
        JsonNode run = CliRunner.readJson(json);
        for (JsonNode t : run.get("round_trips")) {
            assertThat(t.get("exit_reason").isNull() ? "open" : t.get("exit_reason").asString()).isNotEqualTo("session_close");
        }
    }

    @Test
    void mismatchedTimeframesAreClearErrors() {
        CliRunner.Outcome daily = cli.run("backtest", "--strategy", "sma-vwap-cross", "--symbols", "MIN");
        assertThat(daily.exit()).isEqualTo(2);
        assertThat(daily.err()).contains("strategy sma-vwap-cross runs on intraday bars (1m, 5m, 15m, 30m, 1h) only, not on 1d bars");
        CliRunner.Outcome dwap = cli.run("backtest", "--strategy", "dwap-breakout", "--symbols", "MIN", "--timeframe", "1m");
        assertThat(dwap.exit()).isEqualTo(2);
        assertThat(dwap.err()).contains("strategy dwap-breakout runs on daily and longer bars (1d, 1w, 1mo) only, not on 1m bars");
        CliRunner.Outcome hold = cli.run("backtest", "--strategy", "sma-cross", "--symbols", "MIN", "--hold-overnight");
        assertThat(hold.exit()).isEqualTo(2);
        assertThat(hold.err()).contains("--hold-overnight applies to intraday timeframes only, not to --timeframe 1d");
    }

    @Test
    void scanListsTheLatestSessionsCrossesAsCsvAndJson() {
        CliRunner.Outcome csv = cli.ok("scan", "--strategy", "sma-vwap-cross", "--param", "smaPeriod=5", "--symbols", "MIN",
                "--timeframe", "1m");
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("time,symbol,direction,price,vwap,distance,bars_since");
        assertThat(lines).hasSizeGreaterThan(2);
        String previousDirection = null;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertThat(f[0]).startsWith("2024-03-06T");
            assertThat(f[2]).isNotEqualTo(previousDirection).as("crosses alternate");
            previousDirection = f[2];
        }
        Path json = dir.resolve("scan.json");
        cli.ok("scan", "--strategy", "sma-vwap-cross", "--param", "smaPeriod=5", "--symbols", "MIN", "--timeframe", "1m",
                "--json", json.toString());
        assertThat(CliRunner.readJson(json).get("crosses").size()).isEqualTo(lines.size() - 1);
    }

    @Test
    void verifyReportsThePreMarketBars() {
        CliRunner.Outcome verify = cli.ok("data", "verify", "--symbols", "MIN");
        assertThat(verify.out()).contains("10 bars outside the 09:30-16:00 session (09:20 to 09:29 America/New_York)");
    }
}
