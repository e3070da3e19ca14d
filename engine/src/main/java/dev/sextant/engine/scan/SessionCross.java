package dev.sextant.engine.scan;

/**
 * One cross of a session, as the Crosses table shows it.
 *
 * @param time       the bar's start, epoch second
 * @param up         an up-cross (entry) or a down-cross (exit)
 * @param price      the bar's close
 * @param vwap       the session VWAP at the bar, NaN when the strategy has none
 * @param distance   {@code price / vwap − 1}, NaN without a VWAP
 * @param barsSince  bars of the symbol after the cross bar up to its last bar (0: the cross is on the last bar)
 */
public record SessionCross(String symbol, long time, boolean up, double price, double vwap, double distance,
        int barsSince) {

    /** {@code up} or {@code down}. */
    public String direction() {
        return up ? "up" : "down";
    }
}
