package dev.sextant.engine.backtest;

import dev.sextant.engine.market.CorporateAction;
import dev.sextant.engine.market.PriceColumns;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The cash dividend per share a position receives at each bar of a series, in the series' own
 * shares. Prices are stored split-adjusted to the latest known split (see
 * {@link dev.sextant.engine.market.SplitDividendAdjuster}), so a share of the series is a share of
 * today; a dividend paid as {@code D} per share of its day is {@code D} divided by the product of
 * the split ratios with a later ex-date, per share of the series (the convention the adjuster's
 * adjusted close uses). The credit falls on the first bar at or after the ex-date and goes to the
 * position held at the close of the bar before; a dividend with no bar before it or none after is
 * left out, as no simulated position can hold it.
 */
final class DividendCredits {

    private DividendCredits() {
    }

    /** Per bar of {@code bars}, the dividend per share credited at it (0 for most), or null when there is none. */
    static double[] of(PriceColumns bars, List<CorporateAction> actions) {
        double[] credit = null;
        for (CorporateAction d : actions) {
            if (d.isSplit()) {
                continue;
            }
            int i = bars.indexAtOrAfter(timeOf(bars, d));
            if (i <= 0 || i >= bars.size()) {
                continue;
            }
            if (credit == null) {
                credit = new double[bars.size()];
            }
            credit[i] += d.perShareToday(actions);
        }
        return credit;
    }

    private static long timeOf(PriceColumns bars, CorporateAction a) {
        return bars.timeframe().isIntraday() ? a.exDate().atStartOfDay(ZoneOffset.UTC).toEpochSecond() : a.exDate().toEpochDay();
    }
}
