package dev.sextant.engine.backtest;

import java.util.Objects;

/**
 * A trade entered by hand in a paper portfolio, booked at the close of the day {@code time} after
 * the strategy's own fills of that day. A buy opens a position without stop, target or time exit
 * (at most one position per symbol); a sell closes the whole position.
 *
 * @param time the day, in the units of {@link dev.sextant.engine.market.PriceColumns#time()}
 * @param price the fill price as entered (no slippage is added)
 * @param fee the commission as entered
 */
public record HandTrade(long time, String symbol, Execution.Side side, long shares, double price, double fee) {

    public HandTrade {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        if (shares <= 0) {
            throw new IllegalArgumentException("hand trade " + symbol + ": shares must be positive, got " + shares);
        }
        if (!(price > 0)) {
            throw new IllegalArgumentException("hand trade " + symbol + ": price must be positive, got " + price);
        }
        if (!(fee >= 0)) {
            throw new IllegalArgumentException("hand trade " + symbol + ": fee must be >= 0, got " + fee);
        }
    }
}
