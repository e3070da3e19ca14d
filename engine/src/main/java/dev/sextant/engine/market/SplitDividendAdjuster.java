package dev.sextant.engine.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Merges freshly fetched daily bars into a stored series and recomputes the adjustments.
 *
 * <h2>Convention</h2>
 * Open, high, low and close are <em>split-adjusted</em> to the latest known split, not
 * dividend-adjusted (Yahoo's convention, and what {@link dev.sextant.engine.spi.MarketDataResponse}
 * promises). {@code adjClose} is additionally adjusted for cash dividends, multiplicatively, as CRSP
 * and Yahoo do: every dividend {@code D} (cash as paid, divided by the splits after its ex-date, so
 * it is in the same split-adjusted terms as the prices) with ex-date {@code e} multiplies the
 * adjusted close of every bar before {@code e} by {@code 1 - D / C}, where {@code C} is the close of
 * the last bar before {@code e}. A dividend without any bar before it cannot be applied and is left
 * out. {@code adjClose} of the newest bar equals its close.
 *
 * <h2>What is news to the stored bars</h2>
 * Actions with an ex-date after the last stored bar happened after the stored history was
 * written, so the stored history does not reflect them: a split divides its open, high, low,
 * close and adjusted close by the ratio and multiplies its volume; a dividend scales its adjusted
 * close as above. Actions inside the stored range are assumed to be reflected in it already (as
 * in a Yahoo CSV download), so stored bars before the first fetched bar keep their own ratio of
 * adjusted close to close apart from the news. Fetched bars are adjusted for every dividend in the
 * response after them, and replace stored bars at the same dates.
 */
public final class SplitDividendAdjuster {

    private SplitDividendAdjuster() {
    }

    /**
     * @param stored  the stored daily series (possibly empty)
     * @param fetched the fetched daily bars, split-adjusted for the splits in {@code actions}
     * @param actions the corporate actions the provider reported for the fetched range
     * @return the whole series to store
     */
    public static PriceColumns merge(PriceColumns stored, PriceColumns fetched, List<CorporateAction> actions) {
        if (stored.timeframe().isIntraday() || fetched.timeframe().isIntraday()) {
            throw new IllegalArgumentException("split and dividend adjustment is defined for daily bars only");
        }
        long lastStored = stored.isEmpty() ? Long.MIN_VALUE : stored.time()[stored.size() - 1];
        List<CorporateAction> news = actions.stream().filter(a -> a.exDate().toEpochDay() > lastStored).toList();
        double newSplits = news.stream().filter(CorporateAction::isSplit).mapToDouble(CorporateAction::amount)
                .reduce(1, (a, b) -> a * b);
        long windowStart = fetched.isEmpty() ? Long.MAX_VALUE : fetched.time()[0];

        Union union = Union.of(stored, newSplits, fetched);
        int n = union.time.length;
        double[] windowFactor = filledWithOne(n);
        double[] newsFactor = filledWithOne(n);
        for (CorporateAction d : actions) {
            if (d.isSplit()) {
                continue;
            }
            long ex = d.exDate().toEpochDay();
            int at = Arrays.binarySearch(union.time, ex);
            int firstOnOrAfter = at >= 0 ? at : -at - 1;
            if (firstOnOrAfter == 0) {
                continue;
            }
            double factor = dividendFactor(d, actions, union.close[firstOnOrAfter - 1]);
            windowFactor[firstOnOrAfter - 1] *= factor;
            if (ex > lastStored) {
                newsFactor[firstOnOrAfter - 1] *= factor;
            }
        }
        suffixProducts(windowFactor);
        suffixProducts(newsFactor);
        double[] adjClose = new double[n];
        for (int i = 0; i < n; i++) {
            adjClose[i] = union.time[i] < windowStart
                    ? union.adjClose[i] * newsFactor[i]
                    : union.close[i] * windowFactor[i];
        }
        String symbol = fetched.isEmpty() ? stored.symbol() : fetched.symbol();
        return new PriceColumns(symbol, Timeframe.DAILY, union.time, union.open, union.high, union.low, union.close,
                adjClose, union.volume);
    }

    private static double dividendFactor(CorporateAction dividend, List<CorporateAction> actions, double previousClose) {
        double factor = 1 - dividend.perShareToday(actions) / previousClose;
        if (!(factor > 0)) {
            throw new IllegalArgumentException("dividend of " + dividend.amount() + " on " + dividend.exDate()
                    + " is not below the previous close " + previousClose);
        }
        return factor;
    }

    private static double[] filledWithOne(int n) {
        double[] a = new double[n];
        Arrays.fill(a, 1);
        return a;
    }

    /** {@code a[i]} becomes the product of {@code a[i..]}. */
    private static void suffixProducts(double[] a) {
        for (int i = a.length - 2; i >= 0; i--) {
            a[i] *= a[i + 1];
        }
    }

    /** Stored bars (rescaled for new splits) merged with fetched bars by time, fetched winning. */
    private record Union(long[] time, double[] open, double[] high, double[] low, double[] close, double[] adjClose,
                         double[] volume) {

        static Union of(PriceColumns stored, double newSplits, PriceColumns fetched) {
            List<int[]> order = new ArrayList<>(); // {source 0 = stored / 1 = fetched, index}
            int s = 0;
            int f = 0;
            while (s < stored.size() || f < fetched.size()) {
                boolean takeFetched = s == stored.size()
                        || f < fetched.size() && fetched.time()[f] <= stored.time()[s];
                if (takeFetched) {
                    if (s < stored.size() && stored.time()[s] == fetched.time()[f]) {
                        s++;
                    }
                    order.add(new int[] {1, f++});
                } else {
                    order.add(new int[] {0, s++});
                }
            }
            int n = order.size();
            Union u = new Union(new long[n], new double[n], new double[n], new double[n], new double[n], new double[n],
                    new double[n]);
            for (int i = 0; i < n; i++) {
                int[] o = order.get(i);
                PriceColumns from = o[0] == 0 ? stored : fetched;
                double scale = o[0] == 0 ? newSplits : 1;
                int j = o[1];
                u.time[i] = from.time()[j];
                u.open[i] = from.open()[j] / scale;
                u.high[i] = from.high()[j] / scale;
                u.low[i] = from.low()[j] / scale;
                u.close[i] = from.close()[j] / scale;
                u.adjClose[i] = from.adjClose()[j] / scale;
                u.volume[i] = from.volume()[j] * scale;
            }
            return u;
        }
    }
}
