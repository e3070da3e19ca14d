package dev.sextant.engine.market.verify;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;

/**
 * One doubt about one bar, flat enough for a JSON array or a table row.
 *
 * @param symbol    the series' symbol
 * @param timeframe the series' timeframe
 * @param time      the bar's time as in {@link PriceColumns} (epoch day or UTC epoch second)
 * @param at        the same time as ISO text: a date for daily bars, a UTC instant otherwise
 * @param kind      what is wrong
 * @param detail    the values involved, in words
 */
public record Finding(String symbol, Timeframe timeframe, long time, String at, FindingKind kind, String detail) {

    /** A finding about bar {@code index} of {@code series}. */
    static Finding of(PriceColumns series, int index, FindingKind kind, String detail) {
        String at = series.timeframe().isIntraday() ? series.instant(index).toString() : series.date(index).toString();
        return new Finding(series.symbol(), series.timeframe(), series.time()[index], at, kind, detail);
    }
}
