package dev.sextant.engine.spi;

import dev.sextant.engine.market.Timeframe;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Bars of one symbol from {@code from} to {@code to}, both inclusive, as trading dates in the
 * exchange's zone.
 */
public record MarketDataRequest(String symbol, Timeframe timeframe, LocalDate from, LocalDate to) {

    public MarketDataRequest {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("request for " + symbol + " ends " + to + " before it starts " + from);
        }
    }
}
