package dev.sextant.engine.watchlist;

import dev.sextant.engine.market.PriceColumns;
import java.util.Arrays;

/**
 * What a watchlist shows of one symbol, from its bars: the last close, its change and change in percent from the
 * previous bar's close, the last bar's volume, and the closes of the last {@value #SPARK_BARS} bars for a sparkline.
 * Values a symbol's bars cannot give are NaN (no bars at all; or one bar, which has no previous close).
 *
 * @param lastTime the last bar's time as in {@link PriceColumns}, or {@link Long#MIN_VALUE} without bars
 */
public record WatchlistRow(String symbol, long lastTime, double last, double change, double changePct, double volume,
                           double[] spark) {

    public static final int SPARK_BARS = 60;

    public static WatchlistRow of(PriceColumns bars) {
        int n = bars.size();
        if (n == 0) {
            return new WatchlistRow(bars.symbol(), Long.MIN_VALUE, Double.NaN, Double.NaN, Double.NaN, Double.NaN, new double[0]);
        }
        double last = bars.close()[n - 1];
        double previous = n > 1 ? bars.close()[n - 2] : Double.NaN;
        double change = last - previous;
        return new WatchlistRow(bars.symbol(), bars.time()[n - 1], last, change, 100 * change / previous,
                bars.volume()[n - 1], Arrays.copyOfRange(bars.close(), Math.max(0, n - SPARK_BARS), n));
    }

    public boolean hasBars() {
        return lastTime != Long.MIN_VALUE;
    }
}
