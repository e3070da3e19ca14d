package dev.sextant.engine.paper;

import dev.sextant.engine.backtest.FillTiming;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.regime.MarketRegime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Post-mortems of closed round trips (daily bars): why each was opened, the regime at entry and
 * exit, MAE/MFE, what the exit rule did, and where the price went in the {@code horizon} bars
 * after the exit. A move of at least {@code notable} (0.10 = 10 %) from the exit price is named
 * in the verdict, e.g. "stopped out 2 days before a +15.0 % move".
 */
public final class PostMortems {

    private final int horizon;
    private final double notable;

    public PostMortems(int horizon, double notable) {
        if (horizon < 1) {
            throw new IllegalArgumentException("post-mortem horizon must be >= 1 bar, got " + horizon);
        }
        if (!(notable > 0)) {
            throw new IllegalArgumentException("notable move must be positive, got " + notable);
        }
        this.horizon = horizon;
        this.notable = notable;
    }

    /**
     * @param bars daily bars by symbol (a trip whose symbol is missing gets no path after the exit)
     * @param regimes market regime by date (may be empty)
     * @param fill how the portfolio's signals filled (names the signal day in the entry reason)
     */
    public List<TradePostMortem> of(List<PaperTrip> trips, Map<String, PriceColumns> bars,
            SortedMap<LocalDate, MarketRegime> regimes, FillTiming fill) {
        List<TradePostMortem> out = new ArrayList<>();
        for (PaperTrip pt : trips) {
            RoundTrip t = pt.trip();
            if (t.isOpen()) {
                continue;
            }
            out.add(one(pt, bars.get(t.symbol()), regimes, fill));
        }
        return out;
    }

    private TradePostMortem one(PaperTrip pt, PriceColumns p, SortedMap<LocalDate, MarketRegime> regimes, FillTiming fill) {
        RoundTrip t = pt.trip();
        LocalDate entry = LocalDate.ofEpochDay(t.entryTime());
        LocalDate exit = LocalDate.ofEpochDay(t.exitTime());
        String entryReason = entryReason(pt, p, entry, fill);
        String exitNote = exitNote(t, p);
        int exitBar = p == null ? -1 : Arrays.binarySearch(p.time(), t.exitTime());
        int barsAfter = 0;
        double best = Double.NaN;
        double worst = Double.NaN;
        int toBest = 0;
        if (exitBar >= 0) {
            for (int i = exitBar + 1; i < p.size() && i <= exitBar + horizon; i++) {
                double up = p.high()[i] / t.exitPrice() - 1;
                double down = p.low()[i] / t.exitPrice() - 1;
                if (barsAfter == 0 || up > best) {
                    best = up;
                    toBest = i - exitBar;
                }
                worst = barsAfter == 0 ? down : Math.min(worst, down);
                barsAfter++;
            }
        }
        return new TradePostMortem(t.symbol(), pt.origin(), entry, exit, t.returnPct(), entryReason, regimes.get(entry),
                regimes.get(exit), t.mae(), t.mfe(), t.exitReason(), exitNote, barsAfter, best, worst, toBest,
                verdict(t, barsAfter, best, worst, toBest));
    }

    private static String entryReason(PaperTrip pt, PriceColumns p, LocalDate entry, FillTiming fill) {
        if (pt.handEntered()) {
            return "hand-entered buy on " + entry;
        }
        if (fill == FillTiming.SAME_CLOSE) {
            return pt.origin() + " entry signal at the close of " + entry + ", filled at that close";
        }
        int i = p == null ? -1 : Arrays.binarySearch(p.time(), pt.trip().entryTime());
        String signalDay = i > 0 ? p.date(i - 1).toString() : "the previous bar";
        return pt.origin() + " entry signal at the close of " + signalDay + ", filled at the open of " + entry;
    }

    private static String exitNote(RoundTrip t, PriceColumns p) {
        int i = p == null ? -1 : Arrays.binarySearch(p.time(), t.exitTime());
        boolean atOpen = i >= 0 && Math.abs(t.exitPrice() - p.open()[i]) <= 1e-9 * p.open()[i];
        String price = String.format(Locale.ROOT, "%.2f", t.exitPrice());
        return switch (t.exitReason()) {
            case SIGNAL -> "exit signal at the previous close, sold at the open (" + price + ")";
            case STOP_LOSS -> atOpen ? "stop-loss: the bar gapped through the stop, sold at the open (" + price + ")"
                    : "stop-loss hit, sold at " + price;
            case TRAILING_STOP -> atOpen ? "trailing stop: the bar gapped through it, sold at the open (" + price + ")"
                    : "trailing stop hit, sold at " + price;
            case PROFIT_TARGET -> "profit target reached, sold at " + price;
            case TIME -> "time exit after " + t.barsHeld() + " bars, sold at " + price;
            case HAND -> "sold by hand at " + price;
            case SESSION_CLOSE -> "closed at the session's last close (" + price + "), flat overnight";
        };
    }

    private String verdict(RoundTrip t, int barsAfter, double best, double worst, int toBest) {
        if (barsAfter == 0) {
            return "no bars after the exit yet";
        }
        boolean stopped = t.exitReason() == dev.sextant.engine.backtest.ExitReason.STOP_LOSS
                || t.exitReason() == dev.sextant.engine.backtest.ExitReason.TRAILING_STOP;
        String days = toBest == 1 ? "1 day" : toBest + " days";
        if (best >= notable) {
            return String.format(Locale.ROOT, "%s %s before a +%.1f %% move", stopped ? "stopped out" : "exited", days,
                    100 * best);
        }
        if (worst <= -notable) {
            return String.format(Locale.ROOT, "the exit avoided a %.1f %% fall within %d bars", 100 * worst, barsAfter);
        }
        return String.format(Locale.ROOT, "in the %d bars after the exit the price stayed between %.1f %% and +%.1f %%",
                barsAfter, 100 * worst, 100 * Math.max(0, best));
    }
}
