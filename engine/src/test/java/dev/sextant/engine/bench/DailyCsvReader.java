package dev.sextant.engine.bench;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;

/** Test-only reader of {@code date,open,high,low,close,adj_close,volume} .csv.gz files. */
final class DailyCsvReader {

    private DailyCsvReader() {
    }

    static PriceColumns read(Path file) throws IOException {
        String symbol = file.getFileName().toString().replace(".csv.gz", "");
        int cap = 1024;
        long[] t = new long[cap];
        double[][] c = new double[6][cap];
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null || !header.startsWith("date,open,high,low,close,adj_close,volume")) {
                throw new IOException(file + ": unexpected header " + header);
            }
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                if (n == t.length) {
                    t = java.util.Arrays.copyOf(t, n * 2);
                    for (int k = 0; k < 6; k++) {
                        c[k] = java.util.Arrays.copyOf(c[k], n * 2);
                    }
                }
                t[n] = LocalDate.parse(f[0]).toEpochDay();
                for (int k = 0; k < 6; k++) {
                    c[k][n] = f[k + 1].isEmpty() ? Double.NaN : Double.parseDouble(f[k + 1]);
                }
                n++;
            }
        }
        int len = n;
        return new PriceColumns(symbol, Timeframe.DAILY, java.util.Arrays.copyOf(t, len), java.util.Arrays.copyOf(c[0], len),
                java.util.Arrays.copyOf(c[1], len), java.util.Arrays.copyOf(c[2], len), java.util.Arrays.copyOf(c[3], len),
                java.util.Arrays.copyOf(c[4], len), java.util.Arrays.copyOf(c[5], len));
    }
}
