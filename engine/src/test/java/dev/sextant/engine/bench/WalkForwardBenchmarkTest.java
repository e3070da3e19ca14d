package dev.sextant.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.DailyCsvReader;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SharedMarketData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the walk-forward benchmark once on real data; prints measurements, never asserts on time. */
class WalkForwardBenchmarkTest {

    /** The first 100 stocks alphabetically: symbols the inventory lists from the S&amp;P 500 constituents source. */
    @Test
    void realUniverseWhenAvailable() throws IOException {
        var folder = SharedMarketData.dailyFolder();
        Assumptions.assumeTrue(Boolean.getBoolean("sextant.bench"),
                "a benchmark of minutes: run with ./mvnw verify -Dsextant.bench=true");
        Assumptions.assumeTrue(folder.isPresent(), "no real market data (../shared/data/market/daily or SEXTANT_MARKET_DATA)");
        Path dir = folder.get();
        Path inventory = dir.resolveSibling("inventory.csv");
        Assumptions.assumeTrue(Files.exists(inventory), "no inventory.csv beside " + dir);
        Set<String> stocks;
        try (Stream<String> lines = Files.lines(inventory)) {
            stocks = lines.skip(1).map(l -> l.split(",")).filter(f -> f[1].equals("jiaqixu/stock_data"))
                    .map(f -> f[0]).collect(Collectors.toSet());
        }
        List<PriceColumns> universe = new ArrayList<>();
        for (String symbol : stocks.stream().sorted().limit(100).toList()) {
            universe.add(DailyCsvReader.read(dir.resolve(symbol + ".csv.gz")));
        }
        Assumptions.assumeTrue(universe.size() == 100, "fewer than 100 stocks in " + dir);
        WalkForwardBenchmark.Report r = new WalkForwardBenchmark(2, 200).run(universe);
        System.out.println(r.format());
        assertThat(r.folds()).isBetween(18, 24);
        assertThat(r.trials()).isEqualTo(r.folds() * 200);
    }
}
