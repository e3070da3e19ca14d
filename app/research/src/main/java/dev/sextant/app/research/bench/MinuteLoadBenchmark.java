package dev.sextant.app.research.bench;

import dev.sextant.app.AppContext;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.market.calendar.TradingSession;
import dev.sextant.engine.market.imports.ImportReport;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * How fast one symbol's year of one-minute bars comes back from the store: writes 252 NYSE
 * sessions of 390 bars (98 280 bars, a deterministic random walk) as a CSV, imports it through the
 * ordinary importer into {@code ctx}'s home, then loads the series from the database
 * {@link #LOADS} times. The first load is reported on its own (a cold JVM), the others by their
 * median. The target is 50 ms or less.
 */
public final class MinuteLoadBenchmark {

    public static final String SYMBOL = "BENCH1M";
    static final int SESSIONS = 252;
    static final int LOADS = 21;

    private final AppContext ctx;

    public MinuteLoadBenchmark(AppContext ctx) {
        this.ctx = ctx;
    }

    /** Imports the year into {@code ctx} from a file written in {@code scratch}, then times the loads. */
    public List<BenchCase> run(Path scratch) {
        Path file = scratch.resolve(SYMBOL + ".csv.gz");
        int bars = writeYear(file);
        long t0 = System.nanoTime();
        ImportReport report = ctx.data().importFiles(List.of(file), ProgressSink.NONE, Cancellation.NEVER);
        double importMs = (System.nanoTime() - t0) / 1e6;
        if (!report.rejected().isEmpty()) {
            throw new IllegalStateException("the benchmark's own file was rejected: " + report.rejected().getFirst().error());
        }
        BenchCase imported = new BenchCase("import one year of 1m bars for one symbol", importMs, bars, "bars", 0, 0,
                report.files().getFirst().layout());
        double[] ms = new double[LOADS];
        int loaded = 0;
        for (int k = 0; k < LOADS; k++) {
            long t = System.nanoTime();
            Optional<PriceColumns> p = ctx.bars().load(SYMBOL, Timeframe.MINUTE_1);
            ms[k] = (System.nanoTime() - t) / 1e6;
            loaded = p.orElseThrow().size();
        }
        double first = ms[0];
        double[] warm = Arrays.copyOfRange(ms, 1, LOADS);
        Arrays.sort(warm);
        double median = warm[warm.length / 2];
        String result = String.format(Locale.ROOT, "%,d bars; target <= 50 ms", loaded);
        return List.of(imported,
                new BenchCase("load one year of 1m bars for one symbol, first load", first, loaded, "bars", 0, 0, result),
                new BenchCase("load one year of 1m bars for one symbol, median of " + warm.length + " more", median, loaded,
                        "bars", 0, 0, result));
    }

    /** Writes {@link #SESSIONS} full regular sessions from 2025-01-02 on; returns the bar count. */
    static int writeYear(Path file) {
        var calendar = ExchangeCalendars.NYSE;
        long seed = 42;
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
                    seed = seed * 6364136223846793005L + 1442695040888963407L;
                    double step = ((seed >>> 11) * 0x1.0p-53 - 0.5) * 0.002;
                    double open = price;
                    double close = Math.max(1, open * (1 + step));
                    double high = Math.max(open, close) * 1.0005;
                    double low = Math.min(open, close) * 0.9995;
                    w.write(String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f,%.4f,%d%n", t, open, high, low, close,
                            1000 + (seed >>> 54)));
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
