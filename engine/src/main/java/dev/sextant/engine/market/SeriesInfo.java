package dev.sextant.engine.market;

/** What the store holds for one (symbol, timeframe): its range and bar count. Times as in {@link PriceColumns}. */
public record SeriesInfo(String symbol, Timeframe timeframe, long firstTime, long lastTime, long bars) {
}
