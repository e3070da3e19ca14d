package dev.sextant.engine;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/** Test-only reader of {@code date,open,high,low,close,adj_close,volume} files (real data and the sample market). */
public final class DailyCsvReader {

    private DailyCsvReader() {
    }

    /** Reads a {@code SYMBOL.csv.gz} file; the symbol is the file name without {@code .csv.gz}. */
    public static PriceColumns read(Path file) throws IOException {
        String symbol = file.getFileName().toString().replace(".csv.gz", "");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return read(symbol, r, file.toString());
        }
    }

    /** Reads already decompressed text; {@code source} names it in error messages. */
    public static PriceColumns read(String symbol, BufferedReader r, String source) throws IOException {
        int cap = 1024;
        long[] t = new long[cap];
        double[][] c = new double[6][cap];
        int n = 0;
        String header = r.readLine();
        if (header == null || !header.startsWith("date,open,high,low,close,adj_close,volume")) {
            throw new IOException(source + ": unexpected header " + header);
        }
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            if (n == t.length) {
                t = Arrays.copyOf(t, n * 2);
                for (int k = 0; k < 6; k++) {
                    c[k] = Arrays.copyOf(c[k], n * 2);
                }
            }
            t[n] = LocalDate.parse(f[0]).toEpochDay();
            for (int k = 0; k < 6; k++) {
                c[k][n] = f[k + 1].isEmpty() ? Double.NaN : Double.parseDouble(f[k + 1]);
            }
            n++;
        }
        return new PriceColumns(symbol, Timeframe.DAILY, Arrays.copyOf(t, n), Arrays.copyOf(c[0], n),
                Arrays.copyOf(c[1], n), Arrays.copyOf(c[2], n), Arrays.copyOf(c[3], n),
                Arrays.copyOf(c[4], n), Arrays.copyOf(c[5], n));
    }
}
