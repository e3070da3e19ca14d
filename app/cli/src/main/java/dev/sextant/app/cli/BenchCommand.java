package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.app.research.bench.BenchCase;
import dev.sextant.app.research.bench.MinuteMarketBenchmark;
import dev.sextant.app.research.bench.ReplayBenchmark;
import java.util.ArrayList;
import dev.sextant.engine.job.ProgressSink;
import java.nio.file.Path;
import dev.sextant.engine.bench.BenchmarkReport;
import dev.sextant.engine.bench.EngineBenchmark;
import dev.sextant.engine.bench.WalkForwardBenchmark;
import dev.sextant.engine.market.PriceColumns;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the engine on the stored daily bars (default: every instrument): the dwap-breakout portfolio",
                "backtest (default params, max 6 positions) cold and warm with a checksum line, the same rules per",
                "symbol through plain Ta4j BarSeriesManager, a scan of the default scan date cold and warm, and the",
                "peak heap. Loading from the database is timed separately. Run it on an otherwise idle machine;",
                "add -Xmx512m via SEXTANT_JAVA_OPTS to check the memory target.",
                "--walkforward instead runs the walk-forward benchmark: dwap-breakout with 4 free parameters on the first",
                "--stocks symbols (alphabetically) of the selection (default universe sp453), 2004-2016, 2y IS / 6m OOS",
                "rolling, GA with --trials evaluations per fold, pruning on; it prints wall time and evaluations/s.",
                "--end-to-end FOLDER|sample instead measures what a user waits for, in a new temporary home: importing",
                "FOLDER (or seeding the sample market), loading the universe, sma-cross and dwap-breakout backtests from",
                "request to saved run (cold, then warm with new indicator columns), an optimizer study of 200 trials",
                "and the walk-forward benchmark over the first 100 symbols, and whole `backtest` processes for one",
                "symbol and for the universe. Each case prints its time, bars/s and peak heap (or peak RSS).",
                "--minutes and --replay run the minute market and live path cases (see their options)."})
final class BenchCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    MarketSelection market;

    @Option(names = "--warm-runs", defaultValue = "5", paramLabel = "N", description = "Warm repetitions; the best is reported (default: ${DEFAULT-VALUE}).")
    int warmRuns;

    @Option(names = "--walkforward", description = "Run the walk-forward benchmark instead (see above).")
    boolean walkForward;

    @Option(names = "--stocks", defaultValue = "100", paramLabel = "N", description = "Walk-forward: symbols taken, alphabetically (default: ${DEFAULT-VALUE}).")
    int stocks;

    @Option(names = "--trials", defaultValue = "200", paramLabel = "N", description = "Walk-forward: GA evaluations per fold (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--end-to-end", paramLabel = "FOLDER|sample",
            description = "Run the end-to-end cases (see above) on a new home made from FOLDER's bar files or the sample market.")
    String endToEnd;

    @Option(names = "--keep-home", description = "End-to-end: keep the temporary home instead of deleting it.")
    boolean keepHome;

    @Option(names = "--minutes",
            description = {"Minute market cases on a new temporary home: 10 symbols x 252 sessions of 1m bars (982,800) imported,",
                    "one symbol's year loaded from the store (target <= 50 ms), a 1m sma-vwap-cross backtest over all of them",
                    "in-process (target <= 1 s) and as a whole `backtest --timeframe 1m` process."})
    boolean minutes;

    @Option(names = "--replay",
            description = {"Live path cases on new temporary homes: the minute market of --minutes (10 symbols) replayed into an",
                    "empty store through the live session (order, store in batches, crosses, paper fills): one session at",
                    "1000x, then 20 sessions as fast as possible; each prints bars/s end to end."})
    boolean replay;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (walkForward) {
            return walkForward(out);
        }
        if (minutes) {
            return minutes(out);
        }
        if (replay) {
            return replay(out);
        }
        if (endToEnd != null) {
            EndToEndRun run = new EndToEndRun(endToEnd, market.universe(), keepHome, json.toStdout() ? null : out);
            json.write(Map.of("cases", run.run().stream().map(BenchCommand::document).toList()), out);
            return 0;
        }
        try (AppContext ctx = Root.of(spec).open(out)) {
            long t0 = System.nanoTime();
            List<PriceColumns> bars = market.load(ctx.market(), "all", spec.commandLine().getErr()).series();
            double loadMs = (System.nanoTime() - t0) / 1e6;
            BenchmarkReport r = new EngineBenchmark(Runtime.getRuntime().availableProcessors(), warmRuns).run(bars);
            if (!json.toStdout()) {
                out.printf(Locale.ROOT, "loaded %d series from the database in %.0f ms%n", bars.size(), loadMs);
                out.println(r.format());
                out.println();
                print(r, out);
            }
            json.write(document(r, loadMs), out);
        }
        return 0;
    }

    private int minutes(PrintWriter out) {
        Path home = EndToEndRun.temporaryHome();
        try {
            String before = EndToEndRun.loadAverage();
            List<BenchCase> cases = new ArrayList<>(new MinuteMarketBenchmark(
                    () -> AppContext.open(home, false, new PrintWriter(PrintWriter.nullWriter()), ProgressSink.NONE)).run(home));
            cases.add(CommandProcessBench.measure("whole process: backtest sma-vwap-cross --universe "
                    + MinuteMarketBenchmark.UNIVERSE + " --timeframe 1m", home, List.of("backtest", "--strategy",
                    "sma-vwap-cross", "--universe", MinuteMarketBenchmark.UNIVERSE, "--timeframe", "1m"), 3));
            report(before, cases, out);
            return 0;
        } finally {
            EndToEndRun.delete(home);
        }
    }

    private int replay(PrintWriter out) throws InterruptedException {
        Path source = EndToEndRun.temporaryHome();
        Path target = EndToEndRun.temporaryHome();
        try {
            String before = EndToEndRun.loadAverage();
            List<BenchCase> cases = new ReplayBenchmark(
                    () -> AppContext.open(source, false, new PrintWriter(PrintWriter.nullWriter()), ProgressSink.NONE),
                    () -> AppContext.open(target, false, new PrintWriter(PrintWriter.nullWriter()), ProgressSink.NONE))
                    .run(source);
            report(before, cases, out);
            return 0;
        } finally {
            EndToEndRun.delete(source);
            EndToEndRun.delete(target);
        }
    }

    /** Prints the cases and the load average before them and now, or writes them as JSON. */
    private void report(String loadBefore, List<BenchCase> cases, PrintWriter out) {
        String after = EndToEndRun.loadAverage();
        if (!json.toStdout()) {
            out.println("load average " + loadBefore + " before, " + after + " after; "
                    + Runtime.getRuntime().availableProcessors() + " cores");
            cases.forEach(c -> out.println(EndToEndRun.line(c)));
            out.flush();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("load_average_before", loadBefore);
        m.put("load_average_after", after);
        m.put("cases", cases.stream().map(BenchCommand::document).toList());
        json.write(m, out);
    }

    private int walkForward(PrintWriter out) {
        try (AppContext ctx = Root.of(spec).open(out)) {
            List<PriceColumns> loaded = market.load(ctx.market(), "sp453", spec.commandLine().getErr()).series();
            List<PriceColumns> universe = loaded.stream().sorted(Comparator.comparing(PriceColumns::symbol)).limit(stocks)
                    .toList();
            WalkForwardBenchmark.Report r = new WalkForwardBenchmark(Runtime.getRuntime().availableProcessors(), trials)
                    .run(universe);
            if (!json.toStdout()) {
                out.printf(Locale.ROOT, "%d symbols %s..%s, %d threads%n", universe.size(), universe.get(0).symbol(),
                        universe.get(universe.size() - 1).symbol(), Runtime.getRuntime().availableProcessors());
                out.println(r.format());
                out.flush();
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("symbols", r.symbols());
            m.put("folds", r.folds());
            m.put("trials", r.trials());
            m.put("wall_s", r.wallSeconds());
            m.put("evaluations_per_s", r.evaluationsPerSecond());
            m.put("oos_cagr", r.result().oosCagr());
            m.put("oos_sharpe", r.result().oosSharpe());
            m.put("wfe", r.result().wfe().value());
            m.put("dsr", r.result().dsr() == null ? null : r.result().dsr().probability());
            m.put("pbo", r.result().pbo() == null ? null : r.result().pbo().pbo());
            json.write(m, out);
        }
        return 0;
    }

    private static void print(BenchmarkReport r, PrintWriter out) {
        out.println("| what | result | target |");
        out.println("|---|---|---|");
        out.printf(Locale.ROOT, "| dwap-breakout portfolio backtest, %d symbols, %,d bars, max 6 positions (warm, signals cached) | %.0f ms, %.1f M bars/s | ≥ 5 M bars/s, ≤ 0.4 s |%n",
                r.symbols(), r.bars(), r.portfolioWarmMs(), r.portfolioWarmBarsPerSecond() / 1e6);
        out.printf(Locale.ROOT, "| same, cold (computing every signal column) | %.0f ms, %.1f M bars/s | |%n",
                r.portfolioColdMs(), r.portfolioColdBarsPerSecond() / 1e6);
        out.printf(Locale.ROOT, "| checksum: round trips, final equity | %d, %.2f | |%n", r.roundTrips(), r.finalEquity());
        out.printf(Locale.ROOT, "| same rules per symbol, plain Ta4j BarSeriesManager (DoubleNum) | %.0f ms, %.1f M bars/s, %d positions | comparison |%n",
                r.ta4jMs(), r.ta4jBarsPerSecond() / 1e6, r.ta4jPositions());
        out.printf(Locale.ROOT, "| latest-day scan, warm / cold | %.1f ms / %.0f ms, %d signals | ≤ 100 ms warm |%n",
                r.scanWarmMs(), r.scanColdMs(), r.scanSignals());
        out.printf(Locale.ROOT, "| heap: peak occupancy / most still reachable after a GC (data in memory included) | %.0f MB / %.0f MB | ≤ 512 MB |%n",
                r.peakHeapBytes() / 1e6, r.retainedHeapBytes() / 1e6);
        out.flush();
    }

    private static Map<String, Object> document(BenchCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", c.name());
        m.put("ms", c.millis());
        m.put("count", c.count());
        m.put("unit", c.unit());
        m.put("per_s", Double.isNaN(c.perSecond()) ? null : c.perSecond());
        m.put("peak_heap_bytes", c.peakHeapBytes());
        m.put("peak_rss_bytes", c.peakRssBytes());
        m.put("result", c.result());
        return m;
    }

    private static Map<String, Object> document(BenchmarkReport r, double loadMs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbols", r.symbols());
        m.put("bars", r.bars());
        m.put("load_ms", loadMs);
        m.put("portfolio_cold_ms", r.portfolioColdMs());
        m.put("portfolio_warm_ms", r.portfolioWarmMs());
        m.put("portfolio_warm_bars_per_s", r.portfolioWarmBarsPerSecond());
        m.put("round_trips", r.roundTrips());
        m.put("final_equity", r.finalEquity());
        m.put("checksum", String.format("%016x", r.checksum()));
        m.put("ta4j_ms", r.ta4jMs());
        m.put("ta4j_bars_per_s", r.ta4jBarsPerSecond());
        m.put("ta4j_positions", r.ta4jPositions());
        m.put("scan_cold_ms", r.scanColdMs());
        m.put("scan_warm_ms", r.scanWarmMs());
        m.put("scan_signals", r.scanSignals());
        m.put("peak_heap_bytes", r.peakHeapBytes());
        m.put("retained_heap_bytes", r.retainedHeapBytes());
        return m;
    }
}
