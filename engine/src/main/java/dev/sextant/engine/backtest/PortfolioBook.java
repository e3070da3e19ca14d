package dev.sextant.engine.backtest;

import java.util.List;
import java.util.Objects;

/**
 * The state of a {@link PortfolioSimulation} between two calendar days: everything it needs to
 * continue from the next day without looking at earlier bars or signals again. A paper portfolio
 * saves it after each update, so the orders decided at the last close (pending exits, pending
 * entries) are the ones filled at the next open, whatever later data revisions say.
 *
 * @param lastTime time of the last processed calendar day, or {@link Long#MIN_VALUE} before the first
 * @param lastEquity equity at that day's close (the sizing reference of entries at the next open)
 * @param holdings open positions, by symbol
 * @param pendingEntries entry signals of a symbol's last processed bar, to fill at its next open
 */
public record PortfolioBook(long lastTime, double cash, double lastEquity, List<Holding> holdings,
        List<PendingEntry> pendingEntries) {

    public PortfolioBook {
        holdings = List.copyOf(holdings);
        pendingEntries = List.copyOf(pendingEntries);
    }

    /** A book before its first day: all cash. */
    public static PortfolioBook empty(double capital) {
        return new PortfolioBook(Long.MIN_VALUE, capital, capital, List.of(), List.of());
    }

    public boolean started() {
        return lastTime != Long.MIN_VALUE;
    }

    /**
     * One open position with its exit levels. Prices include slippage where filled; NaN levels are unset.
     *
     * @param entryCost shares × entry price + entry commission
     * @param enteredAtOpen whether the fill was at an open (the entry bar's close then counts as held)
     * @param highestClose highest close since entry (NaN before the first close)
     * @param trailLevel current trailing-stop level (NaN when unset)
     * @param maxHold time exit after this many held closes (0 = off)
     * @param minPrice worst price seen while held; {@code maxPrice} the best
     * @param pendingExit exit decided at the last close, filled at the next open (null = none)
     * @param dividends cash dividends received while held (total returns)
     */
    public record Holding(String symbol, double shares, double entryPrice, double entryCost, long entryTime,
            boolean enteredAtOpen, double stop, double target, double trail, double highestClose, double trailLevel,
            int maxHold, double minPrice, double maxPrice, double lastClose, ExitReason pendingExit,
            double dividends) {

        public Holding {
            Objects.requireNonNull(symbol, "symbol");
            if (!(shares > 0)) {
                throw new IllegalArgumentException("holding of " + symbol + ": shares must be positive, got " + shares);
            }
        }
    }

    /**
     * An entry signalled at a symbol's close, with what its fill needs from that bar.
     *
     * @param signalTime the signal bar's time
     * @param refClose the signal bar's close (shares are sized on it; levels are re-anchored from it)
     * @param sizingVol the sizing rule's volatility at the signal bar (NaN when the rule uses none)
     */
    public record PendingEntry(String symbol, long signalTime, double rankScore, double refClose, double stopLevel,
            double targetLevel, double trailingFraction, int maxHoldBars, double sizingVol) {

        public PendingEntry {
            Objects.requireNonNull(symbol, "symbol");
        }
    }
}
