package dev.sextant.engine.live;

import java.time.Instant;
import java.util.List;

/**
 * The paper portfolio after a bar: cash, equity (cash plus positions at their last close), realised P&amp;L of the
 * closed round trips and the open positions.
 *
 * @param time the start of the last bar processed, or null before the first
 */
public record PaperSnapshot(Instant time, double cash, double equity, double realizedPnl, int closedTrips,
        List<Position> positions) {

    public PaperSnapshot {
        positions = List.copyOf(positions);
    }

    /** An open position valued at its symbol's last close. */
    public record Position(String symbol, double shares, double entryPrice, Instant entryTime, double lastPrice) {

        public double unrealizedPnl() {
            return shares * (lastPrice - entryPrice);
        }
    }

    public double unrealizedPnl() {
        return positions.stream().mapToDouble(Position::unrealizedPnl).sum();
    }
}
