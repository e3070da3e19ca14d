package dev.sextant.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.DailyCsvReader;
import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.PriceColumns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the benchmark harness; prints measurements, asserts consistency only (never timings). */
class EngineBenchmarkTest {

    @Test
    void harnessRunsOnSyntheticData() {
        List<PriceColumns> universe = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            universe.add(TestBars.synthetic("S" + k, 900, 30 + 4 * k, 0.02, 5 * k));
        }
        BenchmarkReport r = new EngineBenchmark(2, 2).run(universe);
        assertThat(r.bars()).isEqualTo(5400);
        assertThat(r.roundTrips()).isPositive();
        assertThat(r.ta4jPositions()).isPositive();
        assertThat(r.peakHeapBytes()).isPositive();
    }

    /** Real data from ../shared (see DESIGN.md); skipped when it is not there. */
    @Test
    void realUniverseWhenAvailable() throws IOException {
        var folder = dev.sextant.engine.market.SharedMarketData.dailyFolder();
        Assumptions.assumeTrue(folder.isPresent(), "no real market data (../shared/data/market/daily or SEXTANT_MARKET_DATA)");
        Path dir = folder.get();
        List<PriceColumns> universe = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv.gz")).sorted().toList()) {
                universe.add(DailyCsvReader.read(f));
            }
        }
        Assumptions.assumeFalse(universe.isEmpty(), "no .csv.gz files in " + dir);
        BenchmarkReport r = new EngineBenchmark(2, 5).run(universe);
        System.out.println(r.format());
        assertThat(r.roundTrips()).isPositive();
        assertThat(r.scanSignals()).isNotNegative();
    }
}
