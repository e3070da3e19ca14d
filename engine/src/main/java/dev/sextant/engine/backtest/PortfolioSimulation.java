package dev.sextant.engine.backtest;

import dev.sextant.engine.market.AlignedUniverse;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.SignalColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One shared-capital, long-only simulation over primitive columns on the union calendar. At most
 * one position per symbol. Each calendar day is processed in this order:
 * <ol>
 *   <li><b>Open</b>: orders decided at a previous close (signal exits, time exits, close-only
 *       stops) fill at the symbol's open; in intrabar mode a stop (or target) the open has
 *       already gapped through fills at the open.</li>
 *   <li><b>Open</b> (NEXT_OPEN): entries signalled on the symbol's previous bar (at or after its
 *       warm-up and inside the simulated range) fill at the open. Candidates are ranked by rank
 *       score descending, then symbol ascending, and filled while slots and cash last.</li>
 *   <li><b>Intrabar</b> (INTRABAR): stop = max(fixed stop, trailing level), triggered when the
 *       low reaches it and filled at the level; else the target when the high reaches it. A bar
 *       touching both exits at the stop.</li>
 *   <li><b>Close</b>: marks, the highest close and the trailing level (applies from the next bar)
 *       are updated; exit signals, time exits and (close-only) stops/targets create exit orders,
 *       filled at the next open, or at this close in SAME_CLOSE mode.</li>
 *   <li><b>Close</b> (SAME_CLOSE): entries signalled on this bar fill at this close.</li>
 * </ol>
 * With a {@link SessionCloseRule} (intraday, flat overnight), a session's last bar records no entry
 * signal and closes open positions at its close, before any other exit rule.
 * A symbol that exits on a bar is not re-entered on the same bar, except at the close that sold it
 * when the account allows same-close re-entry. With total returns, a symbol's cash dividends are
 * credited first thing on its first bar at or after the ex-date, to the position held at its
 * previous close ({@link DividendCredits}). Positions of symbols with no
 * bar on a day are carried at their last close. Hand trades of a day ({@link HandTrade}) are booked
 * after its close phase.
 * <p>
 * An entry signal (NEXT_OPEN) is recorded with what its fill needs at the symbol's close and filled
 * or dropped at the symbol's next bar, so the whole state between two days is a {@link PortfolioBook}:
 * {@link #restore} and {@link #book} let a paper portfolio continue day by day exactly as one run would.
 */
final class PortfolioSimulation {

    private final BacktestRequest req;
    private final AlignedUniverse u;
    private final SignalColumns[] sig;
    /** Per symbol, {@code sig[s]}'s entry column, the bar of its first element and its first tradable bar: read every day. */
    private final boolean[][] entryColumn;
    private final int[] entryFirstBar;
    private final int[] tradableFrom;
    private final double[][] sizingVol;
    private final EntryChecks checks;
    private final double[][] dividendPerShare;
    /** Whether any symbol has dividends to credit (total returns). */
    private final boolean creditsDividends;
    private final SessionCloseRule sessionClose;
    private final int symbols;
    private final int[] dayIndex;
    private final PriceColumns[] bars;

    private final double[] shares;
    private final double[] entryPrice;
    private final double[] entryCost;
    private final int[] entryBar;
    private final long[] entryTime;
    private final boolean[] enteredAtOpen;
    private final double[] stop;
    private final double[] target;
    private final double[] trail;
    private final double[] highestClose;
    private final double[] trailLevel;
    private final int[] maxHold;
    private final double[] minPrice;
    private final double[] maxPrice;
    private final double[] lastClose;
    private final ExitReason[] pendingExit;
    private final double[] dividends;
    private final int[] lastExitDay;
    private final boolean[] pendingEntry;
    private final long[] pendTime;
    private final double[] pendRank;
    private final double[] pendRef;
    private final double[] pendStop;
    private final double[] pendTarget;
    private final double[] pendTrail;
    private final int[] pendHold;
    private final double[] pendVol;
    /**
     * Per symbol, the bar in {@code sig[s]} of its pending entry signal, whose values the pend arrays take only when
     * they are needed (most signals are dropped at the next bar: held symbols, full slots); -1 when the pend arrays
     * already hold them (loaded, or restored from a book).
     */
    private final int[] pendBar;
    /** The symbols with a position, one bit each; the per-day phases visit these (in symbol order) instead of all. */
    private final long[] held;
    /** Scratch for {@link #heldNow()}: the held symbols at the start of a phase, ascending. */
    private final int[] heldList;
    private double cash;
    private double prevEquity;
    private long lastTime = Long.MIN_VALUE;
    private int openPositions;

    private final List<Execution> executions = new ArrayList<>();
    private final List<RoundTrip> trips = new ArrayList<>();
    private final int[] candidates;

    /**
     * @param sizingVol per symbol: ATR(14) for atr-risk, realised vol(20) for vol-target, else null
     * @param checks the request's entry filters and limits on this universe's calendar
     * @param dividendPerShare per symbol and bar, the dividend credited there ({@link DividendCredits}), or null
     * @param sessionClose the flat-overnight rule, or null to hold positions across sessions
     */
    PortfolioSimulation(BacktestRequest req, AlignedUniverse u, SignalColumns[] sig, double[][] sizingVol,
            EntryChecks checks, double[][] dividendPerShare, SessionCloseRule sessionClose) {
        this.req = req;
        this.u = u;
        this.sig = sig;
        this.entryColumn = Arrays.stream(sig).map(SignalColumns::entry).toArray(boolean[][]::new);
        this.entryFirstBar = Arrays.stream(sig).mapToInt(SignalColumns::firstBar).toArray();
        this.tradableFrom = Arrays.stream(sig).mapToInt(c -> Math.max(0, c.firstTradable())).toArray();
        this.sizingVol = sizingVol;
        this.checks = checks;
        this.dividendPerShare = dividendPerShare;
        this.creditsDividends = Arrays.stream(dividendPerShare).anyMatch(java.util.Objects::nonNull);
        this.sessionClose = sessionClose;
        this.symbols = u.symbolCount();
        this.dayIndex = u.dayMajorIndex();
        this.bars = u.series().toArray(PriceColumns[]::new);
        shares = new double[symbols];
        entryPrice = new double[symbols];
        entryCost = new double[symbols];
        entryBar = new int[symbols];
        entryTime = new long[symbols];
        enteredAtOpen = new boolean[symbols];
        stop = new double[symbols];
        target = new double[symbols];
        trail = new double[symbols];
        highestClose = new double[symbols];
        trailLevel = new double[symbols];
        maxHold = new int[symbols];
        minPrice = new double[symbols];
        maxPrice = new double[symbols];
        lastClose = new double[symbols];
        pendingExit = new ExitReason[symbols];
        dividends = new double[symbols];
        lastExitDay = new int[symbols];
        Arrays.fill(lastExitDay, -1);
        candidates = new int[symbols];
        pendingEntry = new boolean[symbols];
        pendTime = new long[symbols];
        pendRank = new double[symbols];
        pendRef = new double[symbols];
        pendStop = new double[symbols];
        pendTarget = new double[symbols];
        pendTrail = new double[symbols];
        pendHold = new int[symbols];
        pendVol = new double[symbols];
        pendBar = new int[symbols];
        Arrays.fill(pendBar, -1);
        held = new long[(symbols + 63) >>> 6];
        heldList = new int[symbols];
        cash = req.capital();
        prevEquity = req.capital();
    }

    /**
     * Continues from {@code book} instead of an empty portfolio. Positions' entry bars are found
     * again by their entry time.
     *
     * @throws IllegalArgumentException when the book holds or awaits a symbol that is not traded
     */
    void restore(PortfolioBook book) {
        cash = book.cash();
        prevEquity = book.lastEquity();
        lastTime = book.lastTime();
        openPositions = 0;
        for (PortfolioBook.Holding h : book.holdings()) {
            int s = symbolIndex(h.symbol());
            shares[s] = h.shares();
            entryPrice[s] = h.entryPrice();
            entryCost[s] = h.entryCost();
            entryTime[s] = h.entryTime();
            entryBar[s] = Math.max(0, bars[s].indexAtOrAfter(h.entryTime()));
            enteredAtOpen[s] = h.enteredAtOpen();
            stop[s] = h.stop();
            target[s] = h.target();
            trail[s] = h.trail();
            highestClose[s] = h.highestClose();
            trailLevel[s] = h.trailLevel();
            maxHold[s] = h.maxHold();
            minPrice[s] = h.minPrice();
            maxPrice[s] = h.maxPrice();
            lastClose[s] = h.lastClose();
            pendingExit[s] = h.pendingExit();
            dividends[s] = h.dividends();
            markHeld(s, shares[s] > 0);
            openPositions++;
        }
        for (PortfolioBook.PendingEntry p : book.pendingEntries()) {
            int s = symbolIndex(p.symbol());
            pendingEntry[s] = true;
            pendBar[s] = -1;
            pendTime[s] = p.signalTime();
            pendRank[s] = p.rankScore();
            pendRef[s] = p.refClose();
            pendStop[s] = p.stopLevel();
            pendTarget[s] = p.targetLevel();
            pendTrail[s] = p.trailingFraction();
            pendHold[s] = p.maxHoldBars();
            pendVol[s] = p.sizingVol();
        }
    }

    /** From now on, takes no entry signal (entries already pending in the restored book still fill). */
    void pauseEntries() {
        checks.pause();
    }

    /** The state after the last processed day. */
    PortfolioBook book() {
        List<PortfolioBook.Holding> holdings = new ArrayList<>();
        List<PortfolioBook.PendingEntry> pending = new ArrayList<>();
        for (int s = 0; s < symbols; s++) {
            if (shares[s] > 0) {
                holdings.add(new PortfolioBook.Holding(bars[s].symbol(), shares[s], entryPrice[s], entryCost[s],
                        entryTime[s], enteredAtOpen[s], stop[s], target[s], trail[s], highestClose[s], trailLevel[s],
                        maxHold[s], minPrice[s], maxPrice[s], lastClose[s], pendingExit[s], dividends[s]));
            }
            if (pendingEntry[s]) {
                loadPending(s);
                pending.add(new PortfolioBook.PendingEntry(bars[s].symbol(), pendTime[s], pendRank[s], pendRef[s],
                        pendStop[s], pendTarget[s], pendTrail[s], pendHold[s], pendVol[s]));
            }
        }
        return new PortfolioBook(lastTime, cash, prevEquity, holdings, pending);
    }

    private String dayText(long time) {
        return symbols > 0 && bars[0].timeframe().isIntraday() ? "time " + time : java.time.LocalDate.ofEpochDay(time).toString();
    }

    private int symbolIndex(String symbol) {
        for (int s = 0; s < symbols; s++) {
            if (bars[s].symbol().equals(symbol)) {
                return s;
            }
        }
        throw new IllegalArgumentException("the portfolio book refers to " + symbol + ", which is not among the traded symbols");
    }

    record Output(long[] time, double[] equity, double[] exposure, int[] positions, List<Execution> executions,
            List<RoundTrip> roundTrips) {
    }

    /** What each entry filter and limit did so far. */
    List<ConstraintReport> constraints() {
        return checks.reports();
    }

    /** Days between two calls of a {@link DayTick}: rare enough to cost nothing against a day's work. */
    static final int PROGRESS_DAYS = 256;

    /** Hears every {@link #PROGRESS_DAYS} days how many days are done; may throw to stop the simulation. */
    @FunctionalInterface
    interface DayTick {
        DayTick NONE = day -> { };

        void daysDone(int days);
    }

    /** Simulates days {@code start..end-1} and values the positions still open at the end as open round trips. */
    Output run(int start, int end, DayTick tick) {
        Output out = advance(start, end, Map.of(), tick);
        trips.addAll(openTrips(end));
        return out;
    }

    /**
     * Simulates days {@code start..end-1}, continuing from the current state; {@code roundTrips}
     * of the output are the closed ones.
     *
     * @param hand hand trades by day time; each must fall on a simulated day
     * @throws IllegalArgumentException for a hand trade off the simulated days or one that cannot be booked
     */
    Output advance(int start, int end, Map<Long, List<HandTrade>> hand) {
        return advance(start, end, hand, DayTick.NONE);
    }

    private Output advance(int start, int end, Map<Long, List<HandTrade>> hand, DayTick tick) {
        int days = end - start;
        long[] time = Arrays.copyOfRange(u.calendar(), start, end);
        for (List<HandTrade> list : hand.values()) {
            for (HandTrade h : list) {
                if (Arrays.binarySearch(time, h.time()) < 0) {
                    throw new IllegalArgumentException("hand trade " + h.symbol() + " on " + dayText(h.time())
                            + ": not a trading day being simulated");
                }
            }
        }
        double[] equity = new double[days];
        double[] exposure = new double[days];
        int[] positions = new int[days];
        boolean nextOpen = req.fill() == FillTiming.NEXT_OPEN;
        boolean intrabar = req.exitMode() == ExitMode.INTRABAR;

        for (int c = start; c < end; c++) {
            if ((c - start) % PROGRESS_DAYS == 0 && c > start) {
                tick.daysDone(c - start);
            }
            int row = c * symbols;
            if (creditsDividends) {
                creditDividends(row);
            }
            openPhase(c, row, intrabar);
            if (nextOpen) {
                enter(c, row, true, prevEquity);
            }
            if (intrabar) {
                intrabarPhase(c, row);
            }
            closePhase(c, row, nextOpen, intrabar);
            if (nextOpen) {
                recordEntrySignals(c, row);
            } else {
                enter(c, row, false, markToMarket());
            }
            List<HandTrade> todays = hand.get(u.calendar()[c]);
            if (todays != null) {
                for (HandTrade h : todays) {
                    book(h, c, row);
                }
            }
            double invested = invested();
            double eq = cash + invested;
            int d = c - start;
            equity[d] = eq;
            exposure[d] = invested / eq;
            positions[d] = openPositions;
            prevEquity = eq;
            checks.closed(eq);
            lastTime = u.calendar()[c];
        }
        return new Output(time, equity, exposure, positions, executions, trips);
    }

    /** The positions open after day {@code end-1}, valued at their last close (no exit costs). */
    List<RoundTrip> openTrips(int end) {
        List<RoundTrip> open = new ArrayList<>();
        for (int s = 0; s < symbols; s++) {
            if (shares[s] > 0) {
                int last = lastBarAtOrBefore(s, end - 1);
                double value = shares[s] * lastClose[s];
                double pnl = value - entryCost[s] + dividends[s];
                open.add(new RoundTrip(bars[s].symbol(), entryTime[s], entryPrice[s], shares[s], null, null, null, pnl,
                        pnl / entryCost[s], last - entryBar[s], Math.min(minPrice[s], lastClose[s]) / entryPrice[s] - 1,
                        Math.max(maxPrice[s], lastClose[s]) / entryPrice[s] - 1));
            }
        }
        return open;
    }

    /** Credits the dividends whose ex-date falls on today's bar of a symbol to its position held at the previous close. */
    private void creditDividends(int row) {
        int n = heldNow();
        for (int j = 0; j < n; j++) {
            int s = heldList[j];
            int i = dayIndex[row + s];
            if (i >= 0 && dividendPerShare[s] != null && dividendPerShare[s][i] > 0) {
                double paid = shares[s] * dividendPerShare[s][i];
                cash += paid;
                dividends[s] += paid;
            }
        }
    }

    /** Remembers each entry signal of today's bars that the day filters of day c let through, for the symbol's next open (NEXT_OPEN). */
    private void recordEntrySignals(int c, int row) {
        if (sessionClose == null && checks.admitsEverySignal()) {
            // Every signal is kept: the flags of the symbols with a bar today, cleared at today's open, become
            // today's entry signals, without a branch on each signal.
            for (int s = 0; s < symbols; s++) {
                int i = dayIndex[row + s];
                if (i >= tradableFrom[s]) {
                    pendingEntry[s] = entryColumn[s][i - entryFirstBar[s]];
                    pendBar[s] = i;
                }
            }
            return;
        }
        for (int s = 0; s < symbols; s++) {
            int i = dayIndex[row + s]; // -1 when the symbol has no bar today
            if (i < tradableFrom[s] || !entryColumn[s][i - entryFirstBar[s]]) {
                continue;
            }
            if (!closesSession(s, i) && (shares[s] > 0 || checks.signalAllowed(c))) {
                pendingEntry[s] = true;
                pendBar[s] = i;
            }
        }
    }

    /** Takes the values of s's pending entry from its signal bar into the pend arrays, once. */
    private void loadPending(int s) {
        int i = pendBar[s];
        if (i < 0) {
            return;
        }
        SignalColumns sc = sig[s];
        int k = i - sc.firstBar();
        pendTime[s] = bars[s].time()[i];
        pendRank[s] = sc.rankScore()[k];
        pendRef[s] = bars[s].close()[i];
        pendStop[s] = sc.stopLevel()[k];
        pendTarget[s] = sc.targetLevel()[k];
        pendTrail[s] = sc.trailingFraction()[k];
        pendHold[s] = sc.maxHoldBars()[k];
        pendVol[s] = sizingVol[s] == null ? Double.NaN : sizingVol[s][i];
        pendBar[s] = -1;
    }

    private double pendingRank(int s) {
        int i = pendBar[s];
        return i < 0 ? pendRank[s] : sig[s].rankScore()[i - sig[s].firstBar()];
    }

    private void markHeld(int s, boolean isHeld) {
        if (isHeld) {
            held[s >>> 6] |= 1L << s;
        } else {
            held[s >>> 6] &= ~(1L << s);
        }
    }

    /** Fills {@link #heldList} with the symbols held now, ascending; returns how many. */
    private int heldNow() {
        int n = 0;
        for (int w = 0; w < held.length; w++) {
            for (long bits = held[w]; bits != 0; bits &= bits - 1) {
                heldList[n++] = (w << 6) + Long.numberOfTrailingZeros(bits);
            }
        }
        return n;
    }

    private void book(HandTrade h, int c, int row) {
        int s = symbolIndex(h.symbol());
        int i = dayIndex[row + s];
        String what = "hand trade " + h.side() + " " + h.shares() + " " + h.symbol() + " on "
                + (bars[s].timeframe().isIntraday() ? "time " + h.time() : java.time.LocalDate.ofEpochDay(h.time()));
        if (i < 0) {
            throw new IllegalArgumentException(what + ": " + h.symbol() + " has no bar that day");
        }
        if (h.side() == Execution.Side.BUY) {
            if (shares[s] > 0) {
                throw new IllegalArgumentException(what + ": " + h.symbol() + " is already held (one position per symbol)");
            }
            double cost = h.shares() * h.price() + h.fee();
            if (cost > cash) {
                throw new IllegalArgumentException(what + ": costs " + cost + " but the cash is " + cash);
            }
            cash -= cost;
            shares[s] = h.shares();
            markHeld(s, true);
            entryPrice[s] = h.price();
            entryCost[s] = cost;
            entryBar[s] = i;
            entryTime[s] = h.time();
            enteredAtOpen[s] = false;
            stop[s] = Double.NaN;
            target[s] = Double.NaN;
            trail[s] = Double.NaN;
            maxHold[s] = 0;
            highestClose[s] = bars[s].close()[i];
            trailLevel[s] = Double.NaN;
            minPrice[s] = h.price();
            maxPrice[s] = h.price();
            lastClose[s] = bars[s].close()[i];
            pendingExit[s] = null;
            dividends[s] = 0;
            openPositions++;
            executions.add(new Execution(h.symbol(), h.time(), Execution.Side.BUY, h.shares(), h.price(), h.fee(), null));
        } else {
            if (shares[s] != h.shares()) {
                throw new IllegalArgumentException(what + ": holds " + ShareCount.text(shares[s]) + " shares; a hand sale closes the whole position");
            }
            close(s, c, i, h.price(), h.price(), h.fee(), ExitReason.HAND);
            lastClose[s] = bars[s].close()[i];
        }
    }

    private void openPhase(int c, int row, boolean intrabar) {
        int n = heldNow();
        for (int j = 0; j < n; j++) {
            int s = heldList[j];
            int i = dayIndex[row + s];
            if (i < 0) {
                continue;
            }
            double open = bars[s].open()[i];
            if (pendingExit[s] != null) {
                exit(s, c, i, open, pendingExit[s]);
            } else if (intrabar) {
                double st = effectiveStop(s);
                if (open <= st) {
                    exit(s, c, i, open, stopReason(s));
                } else if (open >= target[s]) {
                    exit(s, c, i, open, ExitReason.PROFIT_TARGET);
                }
            }
        }
    }

    private void intrabarPhase(int c, int row) {
        int n = heldNow();
        for (int j = 0; j < n; j++) {
            int s = heldList[j];
            int i = dayIndex[row + s];
            if (i < 0) {
                continue;
            }
            PriceColumns p = bars[s];
            double st = effectiveStop(s);
            if (p.low()[i] <= st) {
                exit(s, c, i, Math.min(st, p.open()[i]), stopReason(s));
            } else if (p.high()[i] >= target[s]) {
                exit(s, c, i, Math.max(target[s], p.open()[i]), ExitReason.PROFIT_TARGET);
            } else {
                minPrice[s] = Math.min(minPrice[s], p.low()[i]);
                maxPrice[s] = Math.max(maxPrice[s], p.high()[i]);
            }
        }
    }

    private void closePhase(int c, int row, boolean nextOpen, boolean intrabar) {
        int n = heldNow();
        for (int j = 0; j < n; j++) {
            int s = heldList[j];
            int i = dayIndex[row + s];
            if (i < 0) {
                continue;
            }
            double close = bars[s].close()[i];
            lastClose[s] = close;
            if (closesSession(s, i)) {
                exit(s, c, i, close, ExitReason.SESSION_CLOSE);
                continue;
            }
            if (!intrabar) {
                minPrice[s] = Math.min(minPrice[s], close);
                maxPrice[s] = Math.max(maxPrice[s], close);
            }
            ExitReason reason = null;
            int heldCloses = i - entryBar[s] + (enteredAtOpen[s] ? 1 : 0);
            if (sig[s].exit()[i - sig[s].firstBar()]) {
                reason = ExitReason.SIGNAL;
            } else if (maxHold[s] > 0 && heldCloses >= maxHold[s]) {
                reason = ExitReason.TIME;
            } else if (!intrabar && close <= effectiveStop(s)) {
                reason = stopReason(s);
            } else if (!intrabar && close >= target[s]) {
                reason = ExitReason.PROFIT_TARGET;
            }
            if (!(close <= highestClose[s])) {
                highestClose[s] = close;
                trailLevel[s] = close * (1 - trail[s]);
            }
            if (reason != null) {
                if (nextOpen) {
                    pendingExit[s] = reason;
                } else {
                    exit(s, c, i, close, reason);
                    if (req.account().sameCloseReentry()) {
                        lastExitDay[s] = -1; // sold at this close: may be bought again at it
                    }
                }
            }
        }
    }

    /** Fills entry candidates at the open of day c (signal on the symbol's previous bar) or at its close. */
    private void enter(int c, int row, boolean atOpen, double equityRef) {
        int count = 0;
        for (int s = 0; s < symbols; s++) {
            int i = dayIndex[row + s];
            if (i < 0) {
                continue;
            }
            boolean pending = atOpen && pendingEntry[s];
            if (atOpen) {
                pendingEntry[s] = false; // today's open fills or drops every entry pending for a symbol with a bar today
            }
            if (shares[s] != 0 || lastExitDay[s] == c) {
                continue;
            }
            boolean signalled = atOpen ? pending
                    : i >= tradableFrom[s] && entryColumn[s][i - entryFirstBar[s]] && !closesSession(s, i)
                    && checks.signalAllowed(c);
            if (signalled) {
                candidates[count++] = s;
            }
        }
        if (count > 0 && !checks.dayAllowed(c, count, atOpen, equityRef)) {
            count = 0;
        }
        for (int k = 0; k < count; k++) {
            if (!checks.slotAllowed(c, openPositions < req.maxPositions())) {
                continue; // once one is refused, so is every later one: the best ones are never skipped
            }
            moveBestTo(k, count, row, atOpen);
            int s = candidates[k];
            int i = dayIndex[row + s];
            if (atOpen) {
                loadPending(s);
                buy(s, c, i, true, equityRef, pendRef[s], pendStop[s], pendTarget[s], pendTrail[s], pendHold[s], pendVol[s]);
            } else {
                SignalColumns sc = sig[s];
                int at = i - sc.firstBar();
                buy(s, c, i, false, equityRef, bars[s].close()[i], sc.stopLevel()[at], sc.targetLevel()[at],
                        sc.trailingFraction()[at], sc.maxHoldBars()[at], sizingVol[s] == null ? Double.NaN : sizingVol[s][i]);
            }
        }
    }

    /**
     * Moves the best-ranked of candidates {@code k..count-1} to {@code k}: highest score first, then the lower
     * symbol index. Picked one at a time as slots are filled, the candidates come in the order a full sort would give,
     * but a day with a full portfolio or few free slots ranks only what it uses (a full sort of every day's
     * candidates took most of a 471-symbol sma-cross simulation, #24).
     */
    private void moveBestTo(int k, int count, int row, boolean atOpen) {
        int best = k;
        double bestScore = score(candidates[k], row, atOpen);
        for (int j = k + 1; j < count; j++) {
            double v = score(candidates[j], row, atOpen);
            int cmp = Double.compare(v, bestScore);
            if (cmp > 0 || cmp == 0 && candidates[j] < candidates[best]) {
                best = j;
                bestScore = v;
            }
        }
        int s = candidates[best];
        candidates[best] = candidates[k];
        candidates[k] = s;
    }

    private double score(int s, int row, boolean atOpen) {
        double v = atOpen ? pendingRank(s) : sig[s].rankScore()[dayIndex[row + s] - sig[s].firstBar()];
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    /**
     * @param ref the signal bar's close; {@code stopLevel}, {@code targetLevel} are re-anchored from it
     * @param vol the sizing rule's volatility at the signal bar (NaN when unused)
     */
    private void buy(int s, int c, int i, boolean atOpen, double equityRef, double ref, double stopLevel,
            double targetLevel, double trailing, int hold, double vol) {
        PriceColumns p = bars[s];
        double raw = atOpen ? p.open()[i] : p.close()[i];
        double price = req.slippage().buyPrice(raw, p.high()[i], p.low()[i]);
        boolean fractional = req.account().fractional();
        double wanted = budget(ref, vol, equityRef) / ref;
        double n = fractional ? wanted : Math.floor(wanted);
        if (!(n > 0)) {
            return;
        }
        if (req.rules().riskPolicy() != null) {
            checks.sectorValues(shares, lastClose);
            n = checks.cap(s, n, ref, equityRef, invested());
        }
        double available = buyingPower(equityRef);
        double fit = fractional ? fitFractional(n, price, available) : fitToCash((long) n, price, available);
        checks.cashCut(n, fit);
        n = fit;
        if (!(n > 0)) {
            return;
        }
        checks.entered(c);
        double fee = req.commission().fee(n, price);
        double cost = n * price + fee;
        cash -= cost;
        shares[s] = n;
        markHeld(s, true);
        entryPrice[s] = price;
        entryCost[s] = cost;
        entryBar[s] = i;
        entryTime[s] = p.time()[i];
        enteredAtOpen[s] = atOpen;
        stop[s] = price * stopLevel / ref;
        target[s] = price * targetLevel / ref;
        trail[s] = trailing;
        maxHold[s] = hold;
        highestClose[s] = atOpen ? Double.NaN : raw;
        trailLevel[s] = atOpen ? Double.NaN : raw * (1 - trail[s]);
        minPrice[s] = raw;
        maxPrice[s] = raw;
        lastClose[s] = raw;
        pendingExit[s] = null;
        dividends[s] = 0;
        openPositions++;
        executions.add(new Execution(p.symbol(), p.time()[i], Execution.Side.BUY, n, price, fee, null));
    }

    /** Cash, plus the borrowing leverage allows: (leverage − 1) × the equity at the signal close. */
    private double buyingPower(double equityRef) {
        double leverage = req.account().leverage();
        return leverage == 1 ? cash : cash + (leverage - 1) * equityRef;
    }

    private double budget(double ref, double vol, double equityRef) {
        return switch (req.sizing()) {
            case SizingRule.AllIn a -> buyingPower(equityRef);
            case SizingRule.FixedAmount a -> a.amount();
            case SizingRule.InitialFraction f -> f.fraction() * req.capital();
            case SizingRule.FixedFraction f -> f.fraction() * equityRef;
            case SizingRule.EqualWeight e -> equityRef / req.maxPositions();
            case SizingRule.AtrRisk r -> vol > 0 ? r.risk() * equityRef / vol * ref : 0;
            case SizingRule.VolTarget v -> vol > 0 ? equityRef / req.maxPositions() * Math.min(1.0, v.targetVol() / vol) : 0;
        };
    }

    /** {@code n} whole shares, or fewer so that they cost at most {@code available} with commission. */
    private long fitToCash(long n, double price, double available) {
        if (n <= 0) {
            return 0;
        }
        double cost = n * price + req.commission().fee(n, price);
        if (cost > available) {
            n = (long) Math.floor(n * (available / cost));
            while (n > 0 && n * price + req.commission().fee(n, price) > available) {
                n--;
            }
        }
        return n;
    }

    /**
     * {@code wanted} fractional shares, or the most that cost at most {@code available} with
     * commission (stepped down by the last ulps rounding may leave above it).
     */
    private double fitFractional(double wanted, double price, double available) {
        if (!(wanted > 0)) {
            return 0;
        }
        double n = Math.min(wanted, req.commission().maxShares(available, price));
        while (n > 0 && n * price + req.commission().fee(n, price) > available) {
            n = Math.nextDown(n);
        }
        return n;
    }

    private void exit(int s, int c, int i, double raw, ExitReason reason) {
        PriceColumns p = bars[s];
        double price = req.slippage().sellPrice(raw, p.high()[i], p.low()[i]);
        close(s, c, i, raw, price, req.commission().fee(shares[s], price), reason);
    }

    /** Closes the position of s at {@code price} (raw: the price before slippage, for MAE/MFE and marks). */
    private void close(int s, int c, int i, double raw, double price, double fee, ExitReason reason) {
        PriceColumns p = bars[s];
        double n = shares[s];
        double proceeds = n * price - fee;
        cash += proceeds;
        double pnl = proceeds - entryCost[s] + dividends[s];
        double low = Math.min(minPrice[s], raw);
        double high = Math.max(maxPrice[s], raw);
        trips.add(new RoundTrip(p.symbol(), entryTime[s], entryPrice[s], n, p.time()[i], price, reason, pnl,
                pnl / entryCost[s], i - entryBar[s], low / entryPrice[s] - 1, high / entryPrice[s] - 1));
        executions.add(new Execution(p.symbol(), p.time()[i], Execution.Side.SELL, n, price, fee, reason));
        shares[s] = 0;
        markHeld(s, false);
        pendingExit[s] = null;
        dividends[s] = 0;
        lastExitDay[s] = c;
        checks.exited(c, reason);
        lastClose[s] = raw;
        openPositions--;
    }

    private boolean closesSession(int s, int i) {
        return sessionClose != null && sessionClose.closesSession(s, i);
    }

    /** max(fixed stop, trailing level), ignoring undefined ones; NaN when neither is set. */
    private double effectiveStop(int s) {
        double a = stop[s];
        double b = trailLevel[s];
        if (Double.isNaN(a)) {
            return b;
        }
        return Double.isNaN(b) ? a : Math.max(a, b);
    }

    private ExitReason stopReason(int s) {
        return !Double.isNaN(trailLevel[s]) && (Double.isNaN(stop[s]) || trailLevel[s] > stop[s])
                ? ExitReason.TRAILING_STOP : ExitReason.STOP_LOSS;
    }

    /** Value of the positions held, at their last closes. */
    private double invested() {
        double v = 0;
        int n = heldNow();
        for (int j = 0; j < n; j++) {
            int s = heldList[j];
            v += shares[s] * lastClose[s];
        }
        return v;
    }

    private double markToMarket() {
        double v = cash;
        int n = heldNow();
        for (int j = 0; j < n; j++) {
            int s = heldList[j];
            v += shares[s] * lastClose[s];
        }
        return v;
    }

    private int lastBarAtOrBefore(int s, int c) {
        for (int d = c; d >= 0; d--) {
            int i = dayIndex[d * symbols + s];
            if (i >= 0) {
                return i;
            }
        }
        return entryBar[s];
    }
}
