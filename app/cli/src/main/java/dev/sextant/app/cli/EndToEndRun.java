package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.HomeStore;
import dev.sextant.app.research.bench.BenchCase;
import dev.sextant.app.research.bench.EndToEndBenchmark;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.imports.ImportReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code ./sextant bench --end-to-end}: builds a new temporary home from a folder of bar files (or the
 * sample market), reopens it, which makes the day's backup (a case of its own, waited for so that the
 * cases after it run at the same load), runs the in-process cases of {@link EndToEndBenchmark} on it, then whole
 * {@code backtest} processes on it, and deletes it unless asked to keep it. The user's own home is
 * never touched, so the bench saves no runs there.
 */
final class EndToEndRun {

    private static final int PROCESS_RUNS = 3;
    private static final int STUDY_SYMBOLS = 100;
    private static final int TRIALS = 200;

    private final String source;
    private final String universeOption;
    private final boolean keepHome;
    private final PrintWriter out;
    private final List<BenchCase> cases = new ArrayList<>();

    /** @param out where each case is printed as it finishes, or null to print nothing */
    EndToEndRun(String source, String universeOption, boolean keepHome, PrintWriter out) {
        this.source = source;
        this.universeOption = universeOption;
        this.keepHome = keepHome;
        this.out = out;
    }

    List<BenchCase> run() {
        Path folder = "sample".equals(source) ? null : Path.of(source);
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserError("--end-to-end " + source + ": no such folder (give a folder of bar files, or 'sample')");
        }
        Path home = temporaryHome();
        try {
            say("temporary home " + home + "; load average " + loadAverage() + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores");
            add(fill(home, folder));
            String universe;
            String oneSymbol;
            long reopened = System.nanoTime();
            try (AppContext ctx = AppContext.open(home, false, new PrintWriter(PrintWriter.nullWriter()), ProgressSink.NONE)) {
                add(dailyBackup(ctx, reopened));
                universe = universeOption != null ? universeOption : "all";
                oneSymbol = new EndToEndBenchmark(ctx, universe, Runtime.getRuntime().availableProcessors(), STUDY_SYMBOLS,
                        TRIALS).run(this::add).getFirst();
            }
            add(CommandProcessBench.measure("whole process: backtest sma-cross --symbols " + oneSymbol, home,
                    List.of("backtest", "--strategy", "sma-cross", "--symbols", oneSymbol), PROCESS_RUNS));
            add(CommandProcessBench.measure("whole process: backtest sma-cross --universe " + universe, home,
                    List.of("backtest", "--strategy", "sma-cross", "--universe", universe), PROCESS_RUNS));
            say("load average " + loadAverage() + " at the end");
            return List.copyOf(cases);
        } finally {
            if (keepHome) {
                say("kept the home " + home);
            } else {
                delete(home);
            }
        }
    }

    /** Imports {@code folder} into the new home, or seeds the sample market when it is null. */
    private BenchCase fill(Path home, Path folder) {
        long t0 = System.nanoTime();
        try (AppContext ctx = AppContext.open(home, folder == null, new PrintWriter(PrintWriter.nullWriter()), ProgressSink.NONE)) {
            if (folder == null) {
                double ms = (System.nanoTime() - t0) / 1e6;
                long bars = ctx.data().listSeries().stream().mapToLong(SeriesInfo::bars).sum();
                return new BenchCase("first start: new home and the sample market seeded", ms, bars, "bars", 0, 0,
                        ctx.data().listSeries().size() + " series");
            }
            ImportReport report = ctx.data().importFiles(List.of(folder), ProgressSink.NONE, Cancellation.NEVER);
            double ms = (System.nanoTime() - t0) / 1e6;
            return new BenchCase("import " + folder + " into a new home", ms, report.barsRead(), "bars", 0, 0,
                    String.format(Locale.ROOT, "%d files, %d rejected; %,.0f bars/s by the importer's own clock",
                            report.files().size(), report.rejected().size(), report.barsPerSecond()));
        }
    }

    /** The day's backup that the first open of the new home started, from the open until it finished. */
    static BenchCase dailyBackup(AppContext ctx, long openedAtNanos) {
        Optional<HomeStore.BackupMade> backup = ctx.dailyBackup();
        double ms = (System.nanoTime() - openedAtNanos) / 1e6;
        long bytes = size(HomeStore.of(ctx.home()).file());
        return new BenchCase(String.format(Locale.ROOT, "daily backup at the day's first open, %.0f MB database", bytes / 1e6),
                ms, bytes, "bytes", 0, 0, backup.map(b -> String.format(Locale.ROOT, "%s, %.1f MB",
                        Path.of(b.file()).getFileName(), b.bytes() / 1e6)).orElse("none was due"));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    private void add(BenchCase c) {
        cases.add(c);
        say(line(c));
    }

    static String line(BenchCase c) {
        String rate = Double.isNaN(c.perSecond()) ? ""
                : c.perSecond() >= 1e5 ? String.format(Locale.ROOT, ", %.2f M %s/s", c.perSecond() / 1e6, c.unit())
                : String.format(Locale.ROOT, ", %.0f %s/s", c.perSecond(), c.unit());
        String memory = c.peakRssBytes() > 0 ? String.format(Locale.ROOT, ", peak RSS %.0f MB", c.peakRssBytes() / 1e6)
                : c.peakHeapBytes() > 0 ? String.format(Locale.ROOT, ", peak heap %.0f MB", c.peakHeapBytes() / 1e6) : "";
        return String.format(Locale.ROOT, "%-100s %9.0f ms%s%s; %s", c.name(), c.millis(), rate, memory, c.result());
    }

    private void say(String text) {
        if (out != null) {
            out.println(text);
            out.flush();
        }
    }

    static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static Path temporaryHome() {
        try {
            return Files.createTempDirectory("sextant-bench-home-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary home for the benchmark: " + e.getMessage(), e);
        }
    }

    static void delete(Path home) {
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary home " + home + ": " + e.getMessage(), e);
        }
    }
}
