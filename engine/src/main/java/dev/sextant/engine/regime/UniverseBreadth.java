package dev.sextant.engine.regime;

import dev.sextant.engine.indicator.RollingMeanIndicator;
import dev.sextant.engine.market.PriceColumns;
import java.util.Arrays;
import java.util.List;

/**
 * Breadth of a universe on given dates: the share of members above their SMA50 and the share
 * within {@code nearHighBand} of their 252-bar closing high, both on adjusted closes.
 *
 * <p>Rule: a member is <em>eligible</em> on a date when it has a bar on exactly that date and at
 * least {@value #HISTORY_BARS} bars up to and including it (so its 52-week high is a full year).
 * Breadth is defined on a date when the eligible members number at least
 * {@code minMembers} and at least {@code minShare} of the universe; otherwise both shares are NaN.
 */
final class UniverseBreadth {

    static final int HISTORY_BARS = 252;
    private static final int SMA_BARS = 50;

    private UniverseBreadth() {
    }

    /** Returns {@code {aboveSma50, nearHigh, members}} columns on {@code dates}. */
    static Result compute(long[] dates, List<PriceColumns> universe, double nearHighBand, double minShare, int minMembers) {
        int n = dates.length;
        int[] members = new int[n];
        int[] above = new int[n];
        int[] nearHigh = new int[n];
        for (PriceColumns stock : universe) {
            double[] px = stock.adjClose();
            double[] sma = RollingMeanIndicator.compute(px, SMA_BARS);
            double[] high = RollingWindows.max(px, HISTORY_BARS);
            for (int day = 0; day < n; day++) {
                int i = Arrays.binarySearch(stock.time(), dates[day]);
                if (i < HISTORY_BARS - 1 || !(px[i] > 0)) {
                    continue;
                }
                members[day]++;
                if (px[i] > sma[i]) {
                    above[day]++;
                }
                if (px[i] >= high[i] * (1 - nearHighBand)) {
                    nearHigh[day]++;
                }
            }
        }
        double[] aboveShare = new double[n];
        double[] nearShare = new double[n];
        double required = Math.max(minMembers, minShare * universe.size());
        for (int day = 0; day < n; day++) {
            boolean enough = !universe.isEmpty() && members[day] >= required;
            aboveShare[day] = enough ? (double) above[day] / members[day] : Double.NaN;
            nearShare[day] = enough ? (double) nearHigh[day] / members[day] : Double.NaN;
            if (!enough) {
                members[day] = 0;
            }
        }
        return new Result(aboveShare, nearShare, members);
    }

    record Result(double[] aboveSma50, double[] nearHigh, int[] members) {
    }
}
