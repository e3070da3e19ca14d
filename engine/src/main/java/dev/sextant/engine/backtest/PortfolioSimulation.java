package dev.sextant.engine.backtest;

import dev.sextant.engine.market.AlignedUniverse;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.SignalColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * A symbol that exits on a bar is not re-entered on the same bar. Positions of symbols with no
 * bar on a day are carried at their last close.
 */
final class PortfolioSimulation {

    private final BacktestRequest req;
    private final AlignedUniverse u;
    private final SignalColumns[] sig;
    private final double[][] sizingVol;
    private final int symbols;
    private final int[] dayIndex;
    private final PriceColumns[] bars;

    private final long[] shares;
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
    private final int[] lastExitDay;
    private double cash;
    private int openPositions;

    private final List<Execution> executions = new ArrayList<>();
    private final List<RoundTrip> trips = new ArrayList<>();
    private final int[] candidates;

    /**
     * @param sizingVol per symbol: ATR(14) for atr-risk, realised vol(20) for vol-target, else null
     */
    PortfolioSimulation(BacktestRequest req, AlignedUniverse u, SignalColumns[] sig, double[][] sizingVol) {
        this.req = req;
        this.u = u;
        this.sig = sig;
        this.sizingVol = sizingVol;
        this.symbols = u.symbolCount();
        this.dayIndex = u.dayMajorIndex();
        this.bars = u.series().toArray(PriceColumns[]::new);
        shares = new long[symbols];
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
        lastExitDay = new int[symbols];
        Arrays.fill(lastExitDay, -1);
        candidates = new int[symbols];
        cash = req.capital();
    }

    record Output(long[] time, double[] equity, double[] exposure, int[] positions, List<Execution> executions,
            List<RoundTrip> roundTrips) {
    }

    Output run(int start, int end) {
        int days = end - start;
        long[] time = Arrays.copyOfRange(u.calendar(), start, end);
        double[] equity = new double[days];
        double[] exposure = new double[days];
        int[] positions = new int[days];
        boolean nextOpen = req.fill() == FillTiming.NEXT_OPEN;
        boolean intrabar = req.exitMode() == ExitMode.INTRABAR;
        long startTime = u.calendar()[start];
        double prevEquity = req.capital();

        for (int c = start; c < end; c++) {
            int row = c * symbols;
            openPhase(c, row, intrabar);
            if (nextOpen) {
                enter(c, row, true, prevEquity, startTime);
            }
            if (intrabar) {
                intrabarPhase(c, row);
            }
            closePhase(c, row, nextOpen, intrabar);
            if (!nextOpen) {
                enter(c, row, false, markToMarket(), startTime);
            }
            double invested = 0;
            for (int s = 0; s < symbols; s++) {
                if (shares[s] > 0) {
                    invested += shares[s] * lastClose[s];
                }
            }
            double eq = cash + invested;
            int d = c - start;
            equity[d] = eq;
            exposure[d] = invested / eq;
            positions[d] = openPositions;
            prevEquity = eq;
        }
        for (int s = 0; s < symbols; s++) {
            if (shares[s] > 0) {
                int last = lastBarAtOrBefore(s, end - 1);
                double value = shares[s] * lastClose[s];
                double pnl = value - entryCost[s];
                trips.add(new RoundTrip(bars[s].symbol(), entryTime[s], entryPrice[s], shares[s], null, null, null, pnl,
                        pnl / entryCost[s], last - entryBar[s], Math.min(minPrice[s], lastClose[s]) / entryPrice[s] - 1,
                        Math.max(maxPrice[s], lastClose[s]) / entryPrice[s] - 1));
            }
        }
        return new Output(time, equity, exposure, positions, executions, trips);
    }

    private void openPhase(int c, int row, boolean intrabar) {
        for (int s = 0; s < symbols; s++) {
            int i = dayIndex[row + s];
            if (i < 0 || shares[s] == 0) {
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
        for (int s = 0; s < symbols; s++) {
            int i = dayIndex[row + s];
            if (i < 0 || shares[s] == 0) {
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
        for (int s = 0; s < symbols; s++) {
            int i = dayIndex[row + s];
            if (i < 0 || shares[s] == 0) {
                continue;
            }
            double close = bars[s].close()[i];
            lastClose[s] = close;
            if (!intrabar) {
                minPrice[s] = Math.min(minPrice[s], close);
                maxPrice[s] = Math.max(maxPrice[s], close);
            }
            ExitReason reason = null;
            int heldCloses = i - entryBar[s] + (enteredAtOpen[s] ? 1 : 0);
            if (sig[s].exit()[i]) {
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
                }
            }
        }
    }

    /** Fills entry candidates at the open of day c (signal on the previous bar) or at its close. */
    private void enter(int c, int row, boolean atOpen, double equityRef, long startTime) {
        int count = 0;
        for (int s = 0; s < symbols; s++) {
            int i = dayIndex[row + s];
            if (i < 0 || shares[s] != 0 || lastExitDay[s] == c) {
                continue;
            }
            int j = atOpen ? i - 1 : i;
            if (j >= sig[s].firstTradable() && sig[s].entry()[j] && bars[s].time()[j] >= startTime) {
                candidates[count++] = s;
            }
        }
        if (count == 0) {
            return;
        }
        if (count > 1) {
            sortByRank(count, row, atOpen);
        }
        for (int k = 0; k < count && openPositions < req.maxPositions(); k++) {
            int s = candidates[k];
            int i = dayIndex[row + s];
            buy(s, c, i, atOpen ? i - 1 : i, atOpen, equityRef);
        }
    }

    private void sortByRank(int count, int row, boolean atOpen) {
        Integer[] boxed = new Integer[count];
        for (int k = 0; k < count; k++) {
            boxed[k] = candidates[k];
        }
        Arrays.sort(boxed, (a, b) -> {
            int cmp = Double.compare(score(b, row, atOpen), score(a, row, atOpen));
            return cmp != 0 ? cmp : Integer.compare(a, b);
        });
        for (int k = 0; k < count; k++) {
            candidates[k] = boxed[k];
        }
    }

    private double score(int s, int row, boolean atOpen) {
        int j = dayIndex[row + s] - (atOpen ? 1 : 0);
        double v = sig[s].rankScore()[j];
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    private void buy(int s, int c, int i, int j, boolean atOpen, double equityRef) {
        PriceColumns p = bars[s];
        double ref = p.close()[j];
        double raw = atOpen ? p.open()[i] : p.close()[i];
        double price = req.slippage().buyPrice(raw, p.high()[i], p.low()[i]);
        long n = (long) Math.floor(budget(s, j, equityRef) / ref);
        n = fitToCash(n, price);
        if (n <= 0) {
            return;
        }
        double fee = req.commission().fee(n, price);
        double cost = n * price + fee;
        cash -= cost;
        SignalColumns sc = sig[s];
        shares[s] = n;
        entryPrice[s] = price;
        entryCost[s] = cost;
        entryBar[s] = i;
        entryTime[s] = p.time()[i];
        enteredAtOpen[s] = atOpen;
        stop[s] = price * sc.stopLevel()[j] / ref;
        target[s] = price * sc.targetLevel()[j] / ref;
        trail[s] = sc.trailingFraction()[j];
        maxHold[s] = sc.maxHoldBars()[j];
        highestClose[s] = atOpen ? Double.NaN : raw;
        trailLevel[s] = atOpen ? Double.NaN : raw * (1 - trail[s]);
        minPrice[s] = raw;
        maxPrice[s] = raw;
        lastClose[s] = raw;
        pendingExit[s] = null;
        openPositions++;
        executions.add(new Execution(p.symbol(), p.time()[i], Execution.Side.BUY, n, price, fee, null));
    }

    private double budget(int s, int j, double equityRef) {
        return switch (req.sizing()) {
            case SizingRule.AllIn a -> cash;
            case SizingRule.FixedFraction f -> f.fraction() * equityRef;
            case SizingRule.EqualWeight e -> equityRef / req.maxPositions();
            case SizingRule.AtrRisk r -> {
                double atr = sizingVol[s][j];
                yield atr > 0 ? r.risk() * equityRef / atr * bars[s].close()[j] : 0;
            }
            case SizingRule.VolTarget v -> {
                double vol = sizingVol[s][j];
                yield vol > 0 ? equityRef / req.maxPositions() * Math.min(1.0, v.targetVol() / vol) : 0;
            }
        };
    }

    private long fitToCash(long n, double price) {
        if (n <= 0) {
            return 0;
        }
        double cost = n * price + req.commission().fee(n, price);
        if (cost > cash) {
            n = (long) Math.floor(n * (cash / cost));
            while (n > 0 && n * price + req.commission().fee(n, price) > cash) {
                n--;
            }
        }
        return n;
    }

    private void exit(int s, int c, int i, double raw, ExitReason reason) {
        PriceColumns p = bars[s];
        double price = req.slippage().sellPrice(raw, p.high()[i], p.low()[i]);
        long n = shares[s];
        double fee = req.commission().fee(n, price);
        double proceeds = n * price - fee;
        cash += proceeds;
        double pnl = proceeds - entryCost[s];
        double low = Math.min(minPrice[s], raw);
        double high = Math.max(maxPrice[s], raw);
        trips.add(new RoundTrip(p.symbol(), entryTime[s], entryPrice[s], n, p.time()[i], price, reason, pnl,
                pnl / entryCost[s], i - entryBar[s], low / entryPrice[s] - 1, high / entryPrice[s] - 1));
        executions.add(new Execution(p.symbol(), p.time()[i], Execution.Side.SELL, n, price, fee, reason));
        shares[s] = 0;
        pendingExit[s] = null;
        lastExitDay[s] = c;
        lastClose[s] = raw;
        openPositions--;
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

    private double markToMarket() {
        double v = cash;
        for (int s = 0; s < symbols; s++) {
            if (shares[s] > 0) {
                v += shares[s] * lastClose[s];
            }
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
