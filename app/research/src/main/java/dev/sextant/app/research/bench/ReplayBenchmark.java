package dev.sextant.app.research.bench;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.live.ReplaySession;
import dev.sextant.engine.bench.HeapWatch;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.live.LiveSessionConfig;
import dev.sextant.engine.live.LiveStats;
import dev.sextant.engine.live.ReplayStream;
import dev.sextant.engine.live.Sleeper;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.market.imports.ImportOptions;
import dev.sextant.engine.market.imports.ImportReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The live path end to end (ordering, store writes in batches, crosses, paper fills): the minute market of
 * {@link MinuteMarketBenchmark} (10 symbols) is imported into a source home, and its bars are replayed into the
 * empty store of a second home, so that every bar is really written. Cases: the last session at 1000x (paced:
 * 390 minutes of 60 ms, so the bars/s show that the path keeps up, not what it can do), and the
 * {@value #FAST_SESSIONS} sessions before it as fast as possible (what it can do). The time runs from the start of
 * the replay to the session's end with every bar stored.
 */
public final class ReplayBenchmark {

    static final int FAST_SESSIONS = 20;

    private final Supplier<AppContext> source;
    private final Supplier<AppContext> target;

    public ReplayBenchmark(Supplier<AppContext> source, Supplier<AppContext> target) {
        this.source = source;
        this.target = target;
    }

    public List<BenchCase> run(Path scratch) throws InterruptedException {
        List<Path> files = new ArrayList<>();
        for (int s = 0; s < MinuteMarketBenchmark.SYMBOLS; s++) {
            Path file = scratch.resolve(MinuteMarketBenchmark.symbols().get(s) + ".csv.gz");
            MinuteMarketBenchmark.writeYear(file, 42 + s);
            files.add(file);
        }
        List<PriceColumns> series = new ArrayList<>();
        try (AppContext ctx = source.get()) {
            ImportReport report = ctx.data().importFiles(files, new ImportOptions(ImportOptions.NEW_YORK, false,
                    MinuteMarketBenchmark.UNIVERSE, false), ProgressSink.NONE, Cancellation.NEVER);
            if (!report.rejected().isEmpty()) {
                throw new IllegalStateException("the benchmark's own file was rejected: " + report.rejected().getFirst().error());
            }
            for (String symbol : MinuteMarketBenchmark.symbols()) {
                series.add(ctx.bars().load(symbol, Timeframe.MINUTE_1).orElseThrow());
            }
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (long t : series.getFirst().time()) {
            dates.add(ExchangeCalendars.NYSE.localDate(t));
        }
        List<LocalDate> sessions = List.copyOf(dates);
        LocalDate last = sessions.getLast();
        LocalDate fastFirst = sessions.get(sessions.size() - 1 - FAST_SESSIONS);
        LocalDate fastLast = sessions.get(sessions.size() - 2);
        List<BenchCase> cases = new ArrayList<>();
        try (AppContext ctx = target.get()) {
            cases.add(replay(ctx, series, last, last, 1000, "replay 1000x of " + series.size() + " symbols, one session ("
                    + last + ") into an empty store"));
            cases.add(replay(ctx, series, fastFirst, fastLast, ReplayStream.AS_FAST_AS_POSSIBLE, "replay as fast as possible of "
                    + series.size() + " symbols x " + FAST_SESSIONS + " sessions into an empty store"));
        }
        return cases;
    }

    private static BenchCase replay(AppContext ctx, List<PriceColumns> series, LocalDate first, LocalDate last,
            double speed, String name) throws InterruptedException {
        LiveSessionConfig config = LiveSessionConfig.defaults();
        try (HeapWatch heap = new HeapWatch();
             ReplaySession replay = ctx.live().replaySeries(config, series, first, last, speed, Sleeper.REAL)) {
            long t0 = System.nanoTime();
            replay.start();
            replay.awaitEnd();
            double ms = (System.nanoTime() - t0) / 1e6;
            LiveStats s = replay.session().stats();
            if (s.stored() != s.finalBars() || s.pendingStore() != 0) {
                throw new IllegalStateException(name + ": " + s.stored() + " of " + s.finalBars() + " bars stored");
            }
            int minutes = replay.stream().state().minutes();
            String paced = Double.isInfinite(speed) ? "" : String.format(Locale.ROOT, "; paced time %.1f s (%d minutes x %.0f ms)",
                    minutes * 60 / speed, minutes, 60_000 / speed);
            return new BenchCase(name, ms, s.finalBars(), "bars", heap.peakBytes(), 0, String.format(Locale.ROOT,
                    "%d crosses, %d fills, %d stored in batches, realised P&L %.2f%s", s.crosses(), s.fills(), s.stored(),
                    replay.session().paper().realizedPnl(), paced));
        }
    }
}
