package dev.sextant.app.research.bench;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.BacktestService;
import dev.sextant.app.research.MarketChoice;
import dev.sextant.app.research.TimeframeLoader;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.TimeframeOptions;
import dev.sextant.engine.bench.HeapWatch;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.market.calendar.TradingSession;
import dev.sextant.engine.market.imports.ImportOptions;
import dev.sextant.engine.market.imports.ImportReport;
import dev.sextant.engine.strategy.SmaVwapCrossProvider;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * A minute market of its own: {@link #SYMBOLS} symbols × {@link #SESSIONS} full NYSE sessions of 390
 * one-minute bars (98 280 bars a symbol, 982 800 in all; deterministic random walks) written as
 * CSV files and imported through the ordinary importer into a new home. Measured on it: loading
 * one symbol's year from the store, each time in a newly opened context so that the store's
 * cache of loaded series holds nothing ({@link #LOADS} times: the first on its own, the others by
 * their median; target 50 ms or less), and a 1m {@code sma-vwap-cross} backtest over
 * every symbol from the request to the saved run, as {@code ./sextant backtest --timeframe 1m}
 * does (first with other parameters so that the timed run finds the bars and the JVM warm;
 * target 1 s or less).
 */
public final class MinuteMarketBenchmark {

    public static final String UNIVERSE = "bench-minutes";
    static final int SYMBOLS = 10;
    static final int SESSIONS = 252;
    static final int LOADS = 11;

    private final Supplier<AppContext> open;

    /** @param open opens the benchmark's home; each case opens and closes it itself */
    public MinuteMarketBenchmark(Supplier<AppContext> open) {
        this.open = open;
    }

    /** The symbols written, {@code M00.BENCH} to {@code M09.BENCH}. */
    public static List<String> symbols() {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < SYMBOLS; s++) {
            out.add(String.format(Locale.ROOT, "M%02d.BENCH", s));
        }
        return out;
    }

    /** Writes and imports the market (files in {@code scratch}), then runs the in-process cases. */
    public List<BenchCase> run(Path scratch) {
        List<Path> files = new ArrayList<>();
        long bars = 0;
        for (int s = 0; s < SYMBOLS; s++) {
            Path file = scratch.resolve(symbols().get(s) + ".csv.gz");
            bars += writeYear(file, 42 + s);
            files.add(file);
        }
        List<BenchCase> cases = new ArrayList<>();
        ImportReport report;
        double importMs;
        try (AppContext ctx = open.get()) {
            long t0 = System.nanoTime();
            report = ctx.data().importFiles(files,
                    new ImportOptions(ImportOptions.NEW_YORK, false, UNIVERSE, false), ProgressSink.NONE, Cancellation.NEVER);
            importMs = (System.nanoTime() - t0) / 1e6;
        }
        if (!report.rejected().isEmpty()) {
            throw new IllegalStateException("the benchmark's own file was rejected: " + report.rejected().getFirst().error());
        }
        cases.add(new BenchCase("import " + SYMBOLS + " symbols x " + SESSIONS + " sessions of 1m bars", importMs, bars, "bars",
                0, 0, report.files().getFirst().layout()));
        cases.addAll(loads());
        try (AppContext ctx = open.get()) {
            cases.add(backtest(ctx, "1m sma-vwap-cross over " + SYMBOLS + " symbols, request to saved run, first (smaPeriod 20)", 20));
            cases.add(backtest(ctx, "1m sma-vwap-cross over " + SYMBOLS + " symbols, request to saved run, warm (smaPeriod 9)", 9));
        }
        return cases;
    }

    private List<BenchCase> loads() {
        String symbol = symbols().getFirst();
        double[] ms = new double[LOADS];
        int loaded = 0;
        for (int k = 0; k < LOADS; k++) {
            try (AppContext ctx = open.get()) {
                long t = System.nanoTime();
                Optional<PriceColumns> p = ctx.bars().load(symbol, Timeframe.MINUTE_1);
                ms[k] = (System.nanoTime() - t) / 1e6;
                loaded = p.orElseThrow().size();
            }
        }
        double[] warm = Arrays.copyOfRange(ms, 1, LOADS);
        Arrays.sort(warm);
        String result = String.format(Locale.ROOT, "%,d bars; target <= 50 ms", loaded);
        return List.of(
                new BenchCase("load one symbol's year of 1m bars from the store, first load", ms[0], loaded, "bars", 0, 0, result),
                new BenchCase("the same in " + warm.length + " more newly opened homes, median",
                        warm[warm.length / 2], loaded, "bars", 0, 0, result));
    }

    private static BenchCase backtest(AppContext ctx, String name, int smaPeriod) {
        BacktestService service = ctx.research().backtests();
        try (HeapWatch heap = new HeapWatch()) {
            long t0 = System.nanoTime();
            List<PriceColumns> series = new TimeframeLoader(ctx.bars(), ctx.universes())
                    .load(MarketChoice.ofUniverse(UNIVERSE), Timeframe.MINUTE_1).series();
            BacktestRequest request = BacktestRequest.builder(SmaVwapCrossProvider.ID, symbols())
                    .params(Map.of("smaPeriod", smaPeriod)).timeframe(TimeframeOptions.of(Timeframe.MINUTE_1)).build();
            BacktestResult r = service.runAndSave(request, series).run().result();
            double ms = (System.nanoTime() - t0) / 1e6;
            long bars = series.stream().mapToLong(PriceColumns::size).sum();
            return new BenchCase(name, ms, bars, "bars", heap.peakBytes(), 0, String.format(Locale.ROOT,
                    "%d round trips, final equity %.2f; target <= 1 s", r.roundTrips().size(), r.metrics().finalEquity()));
        }
    }

    /** Writes {@link #SESSIONS} full regular sessions from 2025-01-02 on; returns the bar count. */
    static int writeYear(Path file, long seed) {
        var calendar = ExchangeCalendars.NYSE;
        long state = seed;
        double price = 100;
        int count = 0;
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.US_ASCII)) {
            w.write("timestamp,open,high,low,close,volume\n");
            int sessions = 0;
            for (LocalDate d = LocalDate.of(2025, 1, 2); sessions < SESSIONS; d = d.plusDays(1)) {
                Optional<TradingSession> s = calendar.session(d);
                if (s.isEmpty() || s.get().earlyClose()) {
                    continue;
                }
                sessions++;
                for (long t = s.get().open(); t < s.get().close(); t += 60) {
                    state = state * 6364136223846793005L + 1442695040888963407L;
                    double step = ((state >>> 11) * 0x1.0p-53 - 0.5) * 0.002;
                    double open = price;
                    double close = Math.max(1, open * (1 + step));
                    double high = Math.max(open, close) * 1.0005;
                    double low = Math.min(open, close) * 0.9995;
                    w.write(String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f,%.4f,%d%n", t, open, high, low, close,
                            1000 + (state >>> 54)));
                    price = close;
                    count++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark's minute file " + file + ": " + e.getMessage(), e);
        }
        return count;
    }
}
