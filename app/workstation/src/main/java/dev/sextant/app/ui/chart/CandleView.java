package dev.sextant.app.ui.chart;

import dev.sextant.engine.market.PriceColumns;

/**
 * The candles to draw for bars {@code [from, to)}: when there are more bars than
 * {@code maxCandles}, runs of {@code barsPerCandle} consecutive bars are merged into one candle
 * (first open, highest high, lowest low, last close, summed volume), so a redraw costs the same
 * for 250 bars and for 100 000. {@code x} is the bar-index centre of each candle.
 */
public record CandleView(int from, int to, int barsPerCandle, double[] x, double[] open, double[] high, double[] low,
                         double[] close, double[] volume) {

    public static CandleView of(PriceColumns bars, int from, int to, int maxCandles) {
        from = Math.max(0, from);
        to = Math.min(bars.size(), to);
        int count = Math.max(0, to - from);
        int step = Math.max(1, (count + maxCandles - 1) / Math.max(1, maxCandles));
        int n = (count + step - 1) / step;
        double[] x = new double[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            int first = from + k * step;
            int last = Math.min(first + step, to) - 1;
            x[k] = (first + last) / 2.0;
            o[k] = bars.open()[first];
            c[k] = bars.close()[last];
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            double vol = 0;
            for (int i = first; i <= last; i++) {
                hi = Math.max(hi, bars.high()[i]);
                lo = Math.min(lo, bars.low()[i]);
                vol += bars.volume()[i];
            }
            h[k] = hi;
            l[k] = lo;
            v[k] = vol;
        }
        return new CandleView(from, to, step, x, o, h, l, c, v);
    }

    public int size() {
        return x.length;
    }

    /** {@code values} (aligned with the bars) sampled at the last bar of each candle, as drawn for a line. */
    public double[] sample(double[] values) {
        double[] out = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            out[k] = values[Math.min(from + (k + 1) * barsPerCandle, to) - 1];
        }
        return out;
    }

    /** The highest high and lowest low of the visible candles: {@code {low, high}}, or NaNs when empty. */
    public double[] priceExtent() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < x.length; k++) {
            lo = Math.min(lo, low[k]);
            hi = Math.max(hi, high[k]);
        }
        return x.length == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {lo, hi};
    }
}
