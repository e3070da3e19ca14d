package dev.sextant.engine.live;

import java.time.Instant;

/**
 * SMA × session VWAP crossing on the close of the bar starting at {@code time}: up buys, down exits; directions
 * alternate per symbol, as in {@link dev.sextant.engine.scan.SessionCrossScanner}'s rows.
 */
public record LiveCross(String symbol, Instant time, boolean up, double price, double sma, double vwap) {

    /** price / VWAP − 1. */
    public double distance() {
        return price / vwap - 1;
    }
}
