package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sextant.app.AppContext;
import dev.sextant.app.HomeStore;
import dev.sextant.app.research.bench.BenchCase;
import dev.sextant.app.research.bench.EndToEndBenchmark;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.SharedMarketData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end benchmark's cases give the same results with one thread and with several (small studies, so that
 * the test stays short), on the sample market and, when present, on the real data; a whole command process is
 * timed and its memory sampled.
 */
class EndToEndBenchmarkTest {

    private static AppContext open(Path home, boolean sample) {
        return AppContext.open(home, sample, new PrintWriter(PrintWriter.nullWriter()), ProgressSink.NONE);
    }

    private static List<String> results(AppContext ctx, String universe, int threads) {
        List<String> out = new ArrayList<>();
        new EndToEndBenchmark(ctx, universe, threads, 12, 10).run(c -> {
            assertThat(c.millis()).as(c.name()).isPositive();
            out.add(c.name() + " -> " + c.result());
        });
        return out;
    }

    @Test
    void theSampleMarketGivesTheSameResultsWithOneAndTwoThreads(@TempDir Path home) {
        try (AppContext ctx = open(home, true)) {
            List<String> one = results(ctx, "sample-stocks", 1);
            assertThat(one).hasSize(7).allSatisfy(line -> assertThat(line).doesNotEndWith("-> "));
            assertThat(results(ctx, "sample-stocks", 2)).isEqualTo(one);
        }
    }

    @Test
    void theRealDataGivesTheSameResultsWithOneAndTwoThreads(@TempDir Path home) {
        var folder = SharedMarketData.dailyFolder();
        assumeTrue(folder.isPresent(), "no real market data (../shared/data/market/daily or SEXTANT_MARKET_DATA)");
        try (AppContext ctx = open(home, false)) {
            ctx.data().importFiles(List.of(folder.get()), ProgressSink.NONE, Cancellation.NEVER);
            List<String> one = results(ctx, "all", 1);
            assertThat(one).hasSize(7);
            assertThat(results(ctx, "all", 2)).isEqualTo(one);
        }
    }

    @Test
    void aWholeCommandProcessIsTimedWithItsPeakResidentMemory(@TempDir Path home) {
        open(home, true).close();
        BenchCase c = CommandProcessBench.measure("data list", home, List.of("data", "list"), 1);
        assertThat(c.millis()).isPositive();
        assertThat(c.result()).startsWith("median of 1 runs (");
        if (Path.of("/proc/self/status").toFile().exists()) {
            assertThat(c.peakRssBytes()).as("sampled from /proc while it ran").isGreaterThan(10_000_000L);
        }
    }

    @Test
    void theDailyBackupOfTheReopenIsACaseOfItsOwn(@TempDir Path home) {
        open(home, true).close();
        long opened = System.nanoTime();
        try (AppContext ctx = open(home, false)) {
            BenchCase c = EndToEndRun.dailyBackup(ctx, opened);
            long databaseBytes = HomeStore.of(home).file().toFile().length();
            assertThat(c.name()).isEqualTo("daily backup at the day's first open, %d MB database".formatted(Math.round(databaseBytes / 1e6)));
            assertThat(c.count()).isEqualTo(databaseBytes);
            assertThat(c.millis()).isPositive();
            assertThat(c.result()).matches("sextant-\\d{8}-\\d{6}-daily\\.zip, \\d+\\.\\d MB");
        }
        long again = System.nanoTime();
        try (AppContext ctx = open(home, false)) {
            assertThat(EndToEndRun.dailyBackup(ctx, again).result()).isEqualTo("none was due");
        }
    }

    @Test
    void aMissingFolderIsAClearError(@TempDir Path home) {
        CliRun run = CliRun.of("--home", home.toString(), "bench", "--end-to-end", "/no/such/folder");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--end-to-end /no/such/folder: no such folder");
    }
}
