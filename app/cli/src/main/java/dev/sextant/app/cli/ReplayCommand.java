package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.research.live.ReplaySession;
import dev.sextant.engine.live.ReplayClock;
import dev.sextant.engine.live.ReplayStream;
import dev.sextant.engine.live.Sleeper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay stored 1m bars of a session through the live path: crosses of sma-vwap-cross (SMA(9) x",
                "session VWAP) and paper fills are printed as they happen, then a summary. The paper portfolio buys",
                "--amount in whole shares at the open after an up-cross and sells at the open after a down-cross",
                "(exit reason signal), or at the session's last bar's close (session_close); the same fills as",
                "'backtest --strategy sma-vwap-cross --timeframe 1m --sizing fixed-amount:A' with as many positions",
                "as symbols. The SMA and cross state continue from the stored bars before the session. Replayed bars",
                "are written back through the store's upsert (unchanged bars stay as they are). Progress goes to",
                "stderr; Ctrl-C stops cleanly (open positions are closed at the last bar played)."})
final class ReplayCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--symbols", split = ",", required = true, paramLabel = "A,B",
            description = "Symbols with stored 1m bars.")
    List<String> symbols;

    @Option(names = "--session", required = true, paramLabel = "YYYY-MM-DD", description = "The (first) session to replay.")
    String session;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "The last session to replay (default: --session).")
    String to;

    @Option(names = "--speed", defaultValue = "60", paramLabel = "N|max",
            description = "Market minutes per real minute, 1 to 1000, or max (no waiting) (default: ${DEFAULT-VALUE}).")
    String speed;

    @Mixin
    SessionOptions options;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate first = Times.date("--session", session);
        LocalDate last = to == null ? first : Times.date("--to", to);
        double pace = speed(speed);
        var config = options.config();
        try (ShutdownCancellation cancel = new ShutdownCancellation(); AppContext ctx = Root.of(spec).open(out)) {
            ReplaySession replay;
            try {
                replay = ctx.live().replay(config, symbols, first, last, pace, Sleeper.REAL);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            SessionPrinter printer = new SessionPrinter(out, err, json.toStdout());
            long started = System.nanoTime();
            try (replay) {
                replay.session().subscribe(printer);
                replay.start();
                int reported = 0;
                while (!replay.stream().state().finished() && !cancel.isCancelled()) {
                    Thread.sleep(100);
                    ReplayClock c = replay.stream().state();
                    if (c.minutesPlayed() >= reported + 30 || c.finished()) {
                        reported = c.minutesPlayed();
                        err.printf(Locale.ROOT, "replay %s  %d of %d minutes%n", SessionPrinter.time(c.time().getEpochSecond()),
                                c.minutesPlayed(), c.minutes());
                        err.flush();
                    }
                }
                if (cancel.isCancelled()) {
                    replay.stream().close();
                }
                replay.session().finish();
                replay.session().awaitDelivered();
                long millis = (System.nanoTime() - started) / 1_000_000;
                if (!json.toStdout()) {
                    printer.summary(replay.session(), millis);
                }
                Map<String, Object> head = new LinkedHashMap<>();
                head.put("symbols", symbols);
                head.put("from", first.toString());
                head.put("to", last.toString());
                head.put("speed", Double.isInfinite(pace) ? "max" : pace);
                head.put("stopped_early", cancel.isCancelled());
                json.write(SessionPrinter.document(replay.session(), head), out);
            }
        }
        return 0;
    }

    static double speed(String text) {
        if (text.trim().equalsIgnoreCase("max")) {
            return ReplayStream.AS_FAST_AS_POSSIBLE;
        }
        try {
            double s = Double.parseDouble(text.trim());
            if (s >= ReplayStream.MIN_SPEED && s <= ReplayStream.MAX_SPEED) {
                return s;
            }
        } catch (NumberFormatException e) {
            throw new UserError("--speed '" + text + "' is not a number (expected 1 to 1000, or max)");
        }
        throw new UserError("--speed " + text + " is out of range (expected 1 to 1000, or max)");
    }
}
