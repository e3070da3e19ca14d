package dev.sextant.app.ui.chart;

import dev.sextant.engine.market.PriceColumns;
import java.util.Locale;

/** The price a study reads from each bar. */
public enum PriceSource {
    CLOSE, OPEN, HIGH, LOW, HL2, HLC3, OHLC4;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This price of every bar. */
    public double[] of(PriceColumns bars) {
        int n = bars.size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double o = bars.open()[i];
            double h = bars.high()[i];
            double l = bars.low()[i];
            double c = bars.close()[i];
            out[i] = switch (this) {
                case CLOSE -> c;
                case OPEN -> o;
                case HIGH -> h;
                case LOW -> l;
                case HL2 -> (h + l) / 2;
                case HLC3 -> (h + l + c) / 3;
                case OHLC4 -> (o + h + l + c) / 4;
            };
        }
        return out;
    }

    /** {@code bars} with this price as the close (what close-based indicators read). */
    public PriceColumns asClose(PriceColumns bars) {
        if (this == CLOSE) {
            return bars;
        }
        double[] p = of(bars);
        return new PriceColumns(bars.symbol(), bars.timeframe(), bars.time(), bars.open(), bars.high(), bars.low(), p, p,
                bars.volume());
    }
}
