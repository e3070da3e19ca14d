package dev.sextant.engine.market;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link PriceColumns} row by row for hand-made test cases; adjusted close = close / 2, so it is told apart. */
final class BarRows {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final String symbol;
    private final Timeframe timeframe;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Long> times = new ArrayList<>();

    BarRows(String symbol, Timeframe timeframe) {
        this.symbol = symbol;
        this.timeframe = timeframe;
    }

    /** An intraday bar starting at New York local time {@code local} ({@code 2024-03-05T09:30}). */
    BarRows at(String local, double open, double high, double low, double close, double volume) {
        return add(LocalDateTime.parse(local).atZone(NEW_YORK).toEpochSecond(), open, high, low, close, volume);
    }

    /** A daily bar of {@code date} ({@code 2024-12-30}). */
    BarRows on(String date, double open, double high, double low, double close, double volume) {
        return add(LocalDate.parse(date).toEpochDay(), open, high, low, close, volume);
    }

    BarRows add(long time, double open, double high, double low, double close, double volume) {
        times.add(time);
        rows.add(new double[] {open, high, low, close, volume});
        return this;
    }

    PriceColumns build() {
        int n = rows.size();
        long[] t = new long[n];
        double[][] c = new double[6][n];
        for (int i = 0; i < n; i++) {
            t[i] = times.get(i);
            double[] r = rows.get(i);
            c[0][i] = r[0];
            c[1][i] = r[1];
            c[2][i] = r[2];
            c[3][i] = r[3];
            c[4][i] = r[3] / 2;
            c[5][i] = r[4];
        }
        return new PriceColumns(symbol, timeframe, t, c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    static long newYork(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toEpochSecond();
    }
}
