package dev.sextant.plugin.examples;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;

/** Hand-made daily bars: closes as given, open = previous close, high/low as given or 0.5 around the close. */
final class Bars {

    private Bars() {
    }

    static PriceColumns of(double[] high, double[] low, double[] close) {
        int n = close.length;
        long[] time = new long[n];
        double[] open = new double[n];
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = 18_000 + i;
            open[i] = i == 0 ? close[0] : close[i - 1];
            volume[i] = 1_000_000;
        }
        return new PriceColumns("T", Timeframe.DAILY, time, open, high, low, close, close.clone(), volume);
    }

    static PriceColumns closes(double... close) {
        double[] high = new double[close.length];
        double[] low = new double[close.length];
        for (int i = 0; i < close.length; i++) {
            high[i] = close[i] + 0.5;
            low[i] = close[i] - 0.5;
        }
        return of(high, low, close);
    }
}
