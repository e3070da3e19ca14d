package dev.sextant.engine.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * One minute bar as a stream delivers it. The stamp is the bar's start. A later bar with the same
 * symbol and start replaces an earlier one: providers send such corrections when late trades
 * arrive, and a backfill after a reconnect may repeat bars already delivered.
 *
 * @param symbol     the symbol as stored, e.g. {@code SPY}
 * @param start      the minute the bar opens
 * @param correction true when the provider marks it as an update of a bar it sent before
 */
public record StreamedBar(String symbol, Instant start, double open, double high, double low, double close,
                          double volume, boolean correction) {

    public StreamedBar {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(start, "start");
        if (!(low <= open && low <= close && high >= open && high >= close && low > 0)) {
            throw new IllegalArgumentException(symbol + " " + start + ": inconsistent bar o=" + open + " h=" + high
                    + " l=" + low + " c=" + close);
        }
        if (!(volume >= 0)) {
            throw new IllegalArgumentException(symbol + " " + start + ": negative volume " + volume);
        }
    }
}
