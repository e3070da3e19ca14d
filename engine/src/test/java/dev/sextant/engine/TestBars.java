package dev.sextant.engine;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.time.LocalDate;

/** Small hand-made daily series for tests. */
public final class TestBars {

    public static final long DAY0 = LocalDate.of(2020, 1, 1).toEpochDay();

    private TestBars() {
    }

    /** Consecutive days from {@link #DAY0}; open = previous close (first: close), high/low = max/min(open, close) ± 0.5. */
    public static PriceColumns fromCloses(String symbol, double[] close, double volume) {
        int n = close.length;
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] vol = new double[n];
        for (int i = 0; i < n; i++) {
            open[i] = i == 0 ? close[0] : close[i - 1];
            high[i] = Math.max(open[i], close[i]) + 0.5;
            low[i] = Math.min(open[i], close[i]) - 0.5;
            vol[i] = volume;
        }
        return of(symbol, DAY0, open, high, low, close, vol);
    }

    public static PriceColumns of(String symbol, long firstDay, double[] open, double[] high, double[] low,
            double[] close, double[] volume) {
        long[] t = new long[close.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = firstDay + i;
        }
        return new PriceColumns(symbol, Timeframe.DAILY, t, open, high, low, close, close.clone(), volume);
    }

    /** A deterministic wiggly series: trend plus two sines, volumes varying. */
    public static PriceColumns synthetic(String symbol, int n, double start, double drift, int phase) {
        double[] close = new double[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] vol = new double[n];
        for (int i = 0; i < n; i++) {
            close[i] = start + drift * i + 6 * Math.sin((i + phase) / 9.0) + 2 * Math.sin((i + phase) / 2.3);
            open[i] = i == 0 ? close[0] : close[i - 1] + 0.3 * Math.sin(i * 1.7 + phase);
            high[i] = Math.max(open[i], close[i]) + 0.4 + 0.3 * Math.abs(Math.sin(i * 0.7));
            low[i] = Math.min(open[i], close[i]) - 0.4 - 0.3 * Math.abs(Math.cos(i * 0.9));
            vol[i] = 800_000 + 400_000 * Math.sin((i + phase) / 5.0) + 10_000 * (i % 7);
        }
        return of(symbol, DAY0, open, high, low, close, vol);
    }
}
