package dev.sextant.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.io.ByteArrayInputStream;
import dev.sextant.engine.market.SharedMarketData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Reads every real daily file (../shared/data/market/daily, or the folder in
 * {@code SEXTANT_MARKET_DATA}) and checks symbol and row count against inventory.csv. Skipped
 * when the data is absent. Prints the parse rate; it asserts no timing.
 */
class RealMarketDataTest {

    @Test
    void everyRealFileParsesWithTheInventoryRowCount() throws IOException {
        var folder = SharedMarketData.dailyFolder();
        assumeTrue(folder.isPresent(), "no real market data (../shared/data/market/daily or " + SharedMarketData.ENV + ")");
        Path daily = folder.get();
        Path inventoryFile = daily.getParent().resolve("inventory.csv");
        assumeTrue(Files.isRegularFile(inventoryFile), "no inventory at " + inventoryFile);
        Map<String, Integer> expectedRows = inventory(inventoryFile);
        List<Path> files = BarFiles.expand(List.of(daily));
        assertThat(files).hasSize(expectedRows.size());

        BarFileReader reader = new BarFileReader();
        long bars = 0;
        for (Path file : files) {
            ParsedBarFile parsed = reader.read(file, ReadOptions.defaults());
            assertThat(parsed.series()).hasSize(1);
            PriceColumns series = parsed.series().getFirst();
            assertThat(series.timeframe()).isEqualTo(Timeframe.DAILY);
            assertThat(expectedRows).containsKey(series.symbol());
            assertThat(series.size()).as(file.toString()).isEqualTo(expectedRows.get(series.symbol()));
            bars += series.size();
        }
        assertThat(bars).isEqualTo(expectedRows.values().stream().mapToLong(Integer::longValue).sum());

        List<byte[]> gzipped = files.stream().map(RealMarketDataTest::bytes).toList();
        List<byte[]> plain = gzipped.stream().map(RealMarketDataTest::gunzip).toList();
        for (int pass = 1; pass <= 3; pass++) {
            long start = System.nanoTime();
            long fromDisk = 0;
            for (Path file : files) {
                fromDisk += reader.read(file, ReadOptions.defaults()).barCount();
            }
            double diskSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("pass %d: %d files, %d bars: %.2f M bars/s from disk (read + gunzip + parse), "
                            + "%.2f M bars/s from gzip bytes in memory, %.2f M bars/s from plain bytes in memory%n",
                    pass, files.size(), fromDisk, fromDisk / diskSeconds / 1e6,
                    rate(reader, files, gzipped, false), rate(reader, files, plain, true));
        }
    }

    /**
     * Million bars per second reading each file's content from memory; decompressed contents go under the name
     * without {@code .gz} (a {@code .gz} name on data that is not gzip is rejected).
     */
    private static double rate(BarFileReader reader, List<Path> files, List<byte[]> contents, boolean decompressed)
            throws IOException {
        long start = System.nanoTime();
        long bars = 0;
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).toString();
            bars += reader.read(decompressed ? name.replaceFirst("\\.gz$", "") : name,
                    new ByteArrayInputStream(contents.get(i)), ReadOptions.defaults()).barCount();
        }
        return bars / ((System.nanoTime() - start) / 1e9) / 1e6;
    }

    private static Map<String, Integer> inventory(Path inventoryFile) throws IOException {
        List<String> lines = Files.readAllLines(inventoryFile);
        List<String> header = List.of(lines.getFirst().split(","));
        int symbol = header.indexOf("symbol");
        int rows = header.indexOf("rows");
        Map<String, Integer> expected = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            expected.put(fields[symbol], Integer.parseInt(fields[rows]));
        }
        return expected;
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
