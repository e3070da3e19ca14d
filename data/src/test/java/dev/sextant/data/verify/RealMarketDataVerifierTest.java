package dev.sextant.data.verify;

import dev.sextant.engine.market.verify.VerificationReport;

import dev.sextant.engine.market.verify.FindingTable;

import dev.sextant.engine.market.verify.FindingKind;

import dev.sextant.engine.market.verify.BarVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sextant.data.csv.BarFileReader;
import dev.sextant.data.csv.BarFiles;
import dev.sextant.data.csv.ReadOptions;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SharedMarketData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Verifies the real daily data (skipped when absent) and compares with the defect counts that
 * inventory.csv states (zero-volume rows, OHLC violations), and jumps with a direct count of
 * close-to-close moves above 35 % (every such move is either suspicious or split-like).
 */
class RealMarketDataVerifierTest {

    @Test
    void findingsAgreeWithTheInventory() throws IOException {
        var folder = SharedMarketData.dailyFolder();
        assumeTrue(folder.isPresent(), "no real market data (../shared/data/market/daily or " + SharedMarketData.ENV + ")");
        Path daily = folder.get();
        Path inventory = daily.getParent().resolve("inventory.csv");
        assumeTrue(Files.isRegularFile(inventory), "no inventory at " + inventory);

        BarFileReader reader = new BarFileReader();
        List<PriceColumns> series = new ArrayList<>();
        for (Path file : BarFiles.expand(List.of(daily))) {
            series.addAll(reader.read(file, ReadOptions.defaults()).series());
        }
        VerificationReport report = new BarVerifier().verify(series);
        Map<FindingKind, Integer> counts = report.countsByKind();
        System.out.println("real data findings: " + counts);

        assertThat(counts.get(FindingKind.ZERO_VOLUME)).isEqualTo(inventorySum(inventory, "zero_volume_rows"));
        assertThat(counts.get(FindingKind.OHLC_VIOLATION)).isEqualTo(inventorySum(inventory, "ohlc_violations"));
        System.out.print(FindingTable.render(report.ofKind(FindingKind.SPLIT_LIKE_JUMP)));
        int movesAbove35 = closeMovesAbove(series, 0.35);
        assertThat(counts.get(FindingKind.SUSPICIOUS_JUMP)).isLessThanOrEqualTo(movesAbove35);
        assertThat(counts.get(FindingKind.SUSPICIOUS_JUMP) + counts.get(FindingKind.SPLIT_LIKE_JUMP)).isGreaterThanOrEqualTo(movesAbove35);
    }

    private static int closeMovesAbove(List<PriceColumns> series, double threshold) {
        int count = 0;
        for (PriceColumns s : series) {
            for (int i = 1; i < s.size(); i++) {
                count += Math.abs(s.close()[i] / s.close()[i - 1] - 1) > threshold ? 1 : 0;
            }
        }
        return count;
    }

    private static int inventorySum(Path inventory, String column) throws IOException {
        List<String> lines = Files.readAllLines(inventory);
        int index = List.of(lines.getFirst().split(",")).indexOf(column);
        return lines.stream().skip(1).mapToInt(line -> Integer.parseInt(line.split(",")[index])).sum();
    }
}
