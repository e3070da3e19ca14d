package dev.sextant.engine.backtest;

/**
 * One position from entry to exit. Times as in {@link Execution}. Prices include slippage.
 * {@code pnl} is net of both commissions; for a position still open at the end, {@code exitTime},
 * {@code exitPrice} and {@code exitReason} are null and {@code pnl} is the unrealised P&amp;L at the
 * last close (no exit costs); with {@link ReturnMode#TOTAL} it includes the cash dividends received. {@code barsHeld}: the symbol's bars from the entry bar to the exit
 * bar (0 when opened and closed on the same bar). {@code mae}/{@code mfe}: the worst low and best
 * high seen while holding, as fractions of the entry price (the entry bar counts from the fill,
 * the exit bar up to the exit fill); in the close-only exit mode the worst and best close instead,
 * because that mode ignores intrabar prices.
 */
public record RoundTrip(
        String symbol,
        long entryTime,
        double entryPrice,
        double shares,
        Long exitTime,
        Double exitPrice,
        ExitReason exitReason,
        double pnl,
        double returnPct,
        int barsHeld,
        double mae,
        double mfe) {

    public boolean isOpen() {
        return exitTime == null;
    }
}
