package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code replay} and {@code live} on the command line, over the minute market of {@link IntradayCommandsTest}
 * (three sessions of MIN): the replayed session's paper fills in the JSON are the executions of the 1m backtest with
 * the same sizing on that day, the text run prints crosses, fills and the summary, and bad input is one clear line.
 */
class ReplayCommandTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void importMinutes() {
        cli = new CliRunner(dir.resolve("home"));
        cli.ok("data", "import", IntradayCommandsTest.writeMinutes(dir).toString());
    }

    @Test
    void replayedFillsAreTheBacktestsExecutionsOfThatSession() {
        Path replay = dir.resolve("replay.json");
        Path backtest = dir.resolve("backtest.json");
        cli.ok("replay", "--symbols", "MIN", "--session", "2024-03-06", "--speed", "max", "--param", "smaPeriod=5",
                "--json", replay.toString());
        cli.ok("backtest", "--strategy", "sma-vwap-cross", "--param", "smaPeriod=5", "--symbols", "MIN", "--timeframe", "1m",
                "--sizing", "fixed-amount:10000", "--max-positions", "1", "--json", backtest.toString());

        List<String> fills = new ArrayList<>();
        CliRunner.readJson(replay).get("fills").forEach(f -> fills.add(fill(f)));
        List<String> executions = new ArrayList<>();
        CliRunner.readJson(backtest).get("executions").forEach(e -> {
            if (e.get("date").asString().compareTo("2024-03-06") >= 0) {
                executions.add(fill(e));
            }
        });
        assertThat(fills).hasSizeGreaterThan(4).isEqualTo(executions);
        assertThat(fills).anyMatch(f -> f.endsWith("session_close"));
        JsonNode summary = CliRunner.readJson(replay).get("summary");
        assertThat(summary.get("final_bars").asLong()).isEqualTo(400);
        assertThat(summary.get("open_positions").asInt()).isZero();
    }

    private static String fill(JsonNode n) {
        JsonNode reason = n.get("reason");
        return n.get("date").asString() + " " + n.get("symbol").asString() + " " + n.get("side").asString() + " "
                + n.get("shares").asDouble() + " @ " + n.get("price").asDouble() + " "
                + (reason == null || reason.isNull() ? "" : reason.asString());
    }

    @Test
    void theTextRunPrintsCrossesFillsAndASummary() {
        CliRunner.Outcome run = cli.ok("replay", "--symbols", "MIN", "--session", "2024-03-05", "--speed", "max");
        assertThat(run.out()).contains("cross up   MIN", "cross down MIN", "fill  buy  MIN", "session_close",
                "bars: 400 final of 400 received (0 duplicates, 0 corrections, 0 late); stored 400, store failures 0");
        assertThat(run.err()).contains("stream replaying: replaying 400 minutes at full speed");
    }

    @Test
    void badInputIsOneClearLine() {
        assertThat(cli.run("replay", "--symbols", "MIN", "--session", "2024-03-09").err())
                .isEqualTo("sextant: session 2024-03-09 is not a trading day of XNYS\n");
        assertThat(cli.run("replay", "--symbols", "NOPE", "--session", "2024-03-05").err())
                .isEqualTo("sextant: symbol NOPE has no stored 1m bars\n");
        assertThat(cli.run("replay", "--symbols", "MIN", "--session", "2024-03-05", "--speed", "0").err())
                .isEqualTo("sextant: --speed 0 is out of range (expected 1 to 1000, or max)\n");
        CliRunner.Outcome live = cli.run("live", "--provider", "nope", "--symbols", "MIN");
        assertThat(live.exit()).isEqualTo(2);
        assertThat(live.err()).isEqualTo("sextant: unknown stream provider 'nope'; known: none (install a stream plugin,"
                + " or replay stored bars with ./sextant replay)\n");
    }
}
