package dev.sextant.app.ui.chart;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.regime.MarketRegime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The market regime behind each bar of a daily series, as runs of consecutive bars in one regime:
 * band {@code k} covers bars {@code from[k] .. to[k]-1}. A bar takes the regime of its own day, or,
 * on a day the index has no bar, of the index's last day before it if that is at most
 * {@link #MAX_CARRY_DAYS} calendar days earlier; bars before the first classified day or after a
 * longer gap have no band.
 *
 * @param source what the regimes were classified from, for the legend
 */
public record RegimeBands(String source, int[] from, int[] to, MarketRegime[] regime) {

    static final int MAX_CARRY_DAYS = 7;

    /** @param byDate each classified day's regime (daily bars: epoch-day times) */
    public static RegimeBands of(PriceColumns bars, SortedMap<LocalDate, MarketRegime> byDate, String source) {
        long[] days = new long[byDate.size()];
        MarketRegime[] regimes = new MarketRegime[byDate.size()];
        int n = 0;
        for (Map.Entry<LocalDate, MarketRegime> e : byDate.entrySet()) {
            days[n] = e.getKey().toEpochDay();
            regimes[n++] = e.getValue();
        }
        List<int[]> runs = new ArrayList<>();
        List<MarketRegime> runRegimes = new ArrayList<>();
        long[] time = bars.time();
        int j = -1;
        for (int i = 0; i < time.length; i++) {
            while (j + 1 < n && days[j + 1] <= time[i]) {
                j++;
            }
            MarketRegime r = j >= 0 && time[i] - days[j] <= MAX_CARRY_DAYS ? regimes[j] : null;
            if (r == null) {
                continue;
            }
            int last = runs.size() - 1;
            if (last >= 0 && runRegimes.get(last) == r && runs.get(last)[1] == i) {
                runs.get(last)[1] = i + 1;
            } else {
                runs.add(new int[] {i, i + 1});
                runRegimes.add(r);
            }
        }
        return new RegimeBands(source, runs.stream().mapToInt(b -> b[0]).toArray(), runs.stream().mapToInt(b -> b[1]).toArray(),
                runRegimes.toArray(MarketRegime[]::new));
    }

    public int size() {
        return from.length;
    }

    /** The regime behind bar {@code bar}, null when it has none. */
    public MarketRegime at(int bar) {
        int k = firstEndingAfter(bar);
        return k < size() && from[k] <= bar ? regime[k] : null;
    }

    /** The first band that ends after {@code bar} ({@code to > bar}), {@link #size()} when none; bands are sorted and disjoint. */
    public int firstEndingAfter(int bar) {
        int k = Arrays.binarySearch(to, bar + 1);
        return k >= 0 ? k : -k - 1;
    }
}
