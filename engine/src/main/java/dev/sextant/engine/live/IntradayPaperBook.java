package dev.sextant.engine.live;

import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.backtest.ExitReason;
import dev.sextant.engine.backtest.RoundTrip;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A paper portfolio trading crosses bar by bar with the intraday fill rules of the backtester
 * ({@link dev.sextant.engine.backtest.PortfolioBacktester} with next-open fills, intrabar exit mode, flat
 * overnight): an up-cross on bar t's close buys at bar t+1's open, a down-cross sells there (exit reason
 * {@code signal}); an entry signal on a session's last bar is dropped, and a position still open at that bar is sold
 * at its close (exit reason {@code session_close}). Each entry buys {@code amountPerTrade} in whole shares of the
 * signal bar's close, cut to the cash available; there are no costs and one position per symbol. The phases of a bar
 * run in the simulator's order (exit at the open, entry at the open, range, close), so the fills and round trips equal
 * a backtest with {@code --sizing fixed-amount:A} and as many positions as symbols. Not thread-safe.
 */
final class IntradayPaperBook {

    private static final class Slot {
        long barIndex = -1;
        long lastTime;
        long session = Long.MIN_VALUE;
        boolean sessionOpen;
        long endedSession = Long.MIN_VALUE;
        double shares;
        double entryPrice;
        double entryCost;
        long entryTime;
        long entryBar;
        double minPrice;
        double maxPrice;
        double lastClose = Double.NaN;
        boolean pendingExit;
        boolean pendingEntry;
        double pendingRef;
        long lastExitTime = Long.MIN_VALUE;
    }

    private final double amountPerTrade;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private double cash;
    private double realized;
    private int closedTrips;
    private long lastTime = Long.MIN_VALUE;

    IntradayPaperBook(double capital, double amountPerTrade) {
        this.cash = capital;
        this.amountPerTrade = amountPerTrade;
    }

    /**
     * One in-session bar of {@code symbol}; the fills it caused, in order. A bar of a new session first closes what
     * the previous session left open ({@link #endSession}); a bar of a session already closed trades nothing.
     *
     * @param cross       +1 up-cross at this bar's close, −1 down-cross, 0 none
     * @param lastMinute  whether the bar is its session's last
     */
    List<PaperFill> bar(String symbol, long session, long time, double open, double high, double low, double close,
            int cross, boolean lastMinute) {
        List<PaperFill> fills = new ArrayList<>();
        Slot s = slots.computeIfAbsent(symbol, k -> new Slot());
        if (session == s.endedSession) {
            return fills; // a bar of a session already closed (a backfill after its close): stored, never traded
        }
        if (s.sessionOpen && s.session != session) {
            endSession(symbol, s, fills);
        }
        s.session = session;
        s.sessionOpen = true;
        s.barIndex++;
        s.lastTime = time;
        lastTime = Math.max(lastTime, time);
        if (s.shares > 0 && s.pendingExit) {
            sell(symbol, s, time, open, ExitReason.SIGNAL, fills);
        }
        if (s.shares == 0 && s.pendingEntry && s.lastExitTime != time) {
            buy(symbol, s, time, open, fills);
        }
        s.pendingEntry = false;
        if (s.shares > 0) {
            s.minPrice = Math.min(s.minPrice, low);
            s.maxPrice = Math.max(s.maxPrice, high);
            s.lastClose = close;
            if (lastMinute) {
                sell(symbol, s, time, close, ExitReason.SESSION_CLOSE, fills);
            } else if (cross < 0) {
                s.pendingExit = true;
            }
        } else {
            s.lastClose = close;
        }
        if (cross > 0 && !lastMinute) {
            s.pendingEntry = true;
            s.pendingRef = close;
        }
        if (lastMinute) {
            s.sessionOpen = false;
            s.endedSession = session;
        }
        return fills;
    }

    /**
     * The session of {@code symbol} is over although its last bar did not say so (its last minutes never came): the
     * bar processed last was the session's last, so the position is sold at its close and a pending entry dropped,
     * as the backtester does on a series whose session ends early.
     */
    List<PaperFill> endSession(String symbol) {
        List<PaperFill> fills = new ArrayList<>();
        Slot s = slots.get(symbol);
        if (s != null && s.sessionOpen) {
            endSession(symbol, s, fills);
        }
        return fills;
    }

    /** The symbols whose session is still open. */
    List<String> openSessions() {
        return slots.entrySet().stream().filter(e -> e.getValue().sessionOpen).map(Map.Entry::getKey).toList();
    }

    private void endSession(String symbol, Slot s, List<PaperFill> fills) {
        if (s.shares > 0) {
            sell(symbol, s, s.lastTime, s.lastClose, ExitReason.SESSION_CLOSE, fills);
        }
        s.pendingEntry = false;
        s.pendingExit = false;
        s.sessionOpen = false;
        s.endedSession = s.session;
    }

    private void buy(String symbol, Slot s, long time, double price, List<PaperFill> fills) {
        double n = Math.floor(amountPerTrade / s.pendingRef);
        if (n * price > cash) {
            n = Math.floor(n * (cash / (n * price)));
            while (n > 0 && n * price > cash) {
                n--;
            }
        }
        if (!(n > 0)) {
            return;
        }
        double cost = n * price;
        cash -= cost;
        s.shares = n;
        s.entryPrice = price;
        s.entryCost = cost;
        s.entryTime = time;
        s.entryBar = s.barIndex;
        s.minPrice = price;
        s.maxPrice = price;
        s.pendingExit = false;
        fills.add(new PaperFill(new Execution(symbol, time, Execution.Side.BUY, n, price, 0, null), null));
    }

    private void sell(String symbol, Slot s, long time, double price, ExitReason reason, List<PaperFill> fills) {
        double n = s.shares;
        double proceeds = n * price;
        cash += proceeds;
        double pnl = proceeds - s.entryCost;
        realized += pnl;
        closedTrips++;
        double low = Math.min(s.minPrice, price);
        double high = Math.max(s.maxPrice, price);
        RoundTrip trip = new RoundTrip(symbol, s.entryTime, s.entryPrice, n, time, price, reason, pnl, pnl / s.entryCost,
                (int) (s.barIndex - s.entryBar), low / s.entryPrice - 1, high / s.entryPrice - 1);
        fills.add(new PaperFill(new Execution(symbol, time, Execution.Side.SELL, n, price, 0, reason), trip));
        s.shares = 0;
        s.pendingExit = false;
        s.lastExitTime = time;
    }

    PaperSnapshot snapshot() {
        List<PaperSnapshot.Position> positions = new ArrayList<>();
        double invested = 0;
        for (Map.Entry<String, Slot> e : slots.entrySet()) {
            Slot s = e.getValue();
            if (s.shares > 0) {
                invested += s.shares * s.lastClose;
                positions.add(new PaperSnapshot.Position(e.getKey(), s.shares, s.entryPrice,
                        Instant.ofEpochSecond(s.entryTime), s.lastClose));
            }
        }
        return new PaperSnapshot(lastTime == Long.MIN_VALUE ? null : Instant.ofEpochSecond(lastTime), cash,
                cash + invested, realized, closedTrips, positions);
    }
}
