package dev.sextant.engine.backtest;

/**
 * One fill. {@code time} in the units of {@link dev.sextant.engine.market.PriceColumns#time()}
 * (epoch day for daily bars); {@code price} includes slippage; {@code fee} is the commission.
 * {@code reason} is {@code null} for buys. {@code shares} is a whole number unless the run holds
 * fractional shares ({@link AccountRules#fractional()}).
 */
public record Execution(String symbol, long time, Side side, double shares, double price, double fee, ExitReason reason) {

    public enum Side {
        BUY, SELL
    }
}
