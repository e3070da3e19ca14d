package dev.sextant.data.provider;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.util.TreeMap;

/**
 * Collects bars as a provider parses them, in any order, and builds {@link PriceColumns} sorted
 * by time (a later row at the same time wins) with {@code adjClose = close}. Every price must be
 * positive and finite, volume non-negative, and high the highest and low the lowest of the bar;
 * a violation is reported with the bar's time as an {@link IllegalArgumentException}.
 */
final class BarRows {

    private final String symbol;
    private final Timeframe timeframe;
    private final TreeMap<Long, double[]> rows = new TreeMap<>();

    BarRows(String symbol, Timeframe timeframe) {
        this.symbol = symbol;
        this.timeframe = timeframe;
    }

    void add(long time, double open, double high, double low, double close, double volume) {
        rows.put(time, new double[] {open, high, low, close, volume});
    }

    PriceColumns build() {
        int n = rows.size();
        long[] time = new long[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        int i = 0;
        for (var row : rows.entrySet()) {
            double[] v = row.getValue();
            check(row.getKey(), v);
            time[i] = row.getKey();
            open[i] = v[0];
            high[i] = v[1];
            low[i] = v[2];
            close[i] = v[3];
            volume[i] = v[4];
            i++;
        }
        return new PriceColumns(symbol, timeframe, time, open, high, low, close, close.clone(), volume);
    }

    private void check(long time, double[] v) {
        String at = timeframe.isIntraday() ? java.time.Instant.ofEpochSecond(time).toString()
                : java.time.LocalDate.ofEpochDay(time).toString();
        String[] names = {"open", "high", "low", "close"};
        for (int k = 0; k < 4; k++) {
            if (!(v[k] > 0) || Double.isInfinite(v[k])) {
                throw new IllegalArgumentException("bar " + at + ": " + names[k] + " " + v[k] + " is not a positive price");
            }
        }
        if (!(v[4] >= 0) || Double.isInfinite(v[4])) {
            throw new IllegalArgumentException("bar " + at + ": volume " + v[4] + " is not a non-negative number");
        }
        double top = Math.max(v[0], v[3]);
        double bottom = Math.min(v[0], v[3]);
        if (v[1] < top || v[2] > bottom) {
            throw new IllegalArgumentException("bar " + at + ": high " + v[1] + " / low " + v[2]
                    + " do not contain open " + v[0] + " and close " + v[3]);
        }
    }
}
