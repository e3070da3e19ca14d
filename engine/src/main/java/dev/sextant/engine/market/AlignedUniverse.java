package dev.sextant.engine.market;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Several series on their union calendar: every time that occurs in any series, ascending.
 * {@link #barIndex(int, int)} maps (series, calendar day) to the series' own bar index, or -1
 * when the series has no bar that day. Series are sorted by symbol, which fixes every
 * iteration order that depends on them.
 */
public final class AlignedUniverse {

    private final List<PriceColumns> series;
    private final long[] calendar;
    private final int[][] barIndex;

    public AlignedUniverse(List<PriceColumns> series) {
        this.series = series.stream().sorted(Comparator.comparing(PriceColumns::symbol)).toList();
        for (int s = 1; s < this.series.size(); s++) {
            if (this.series.get(s).symbol().equals(this.series.get(s - 1).symbol())) {
                throw new IllegalArgumentException("symbol " + this.series.get(s).symbol() + " given twice");
            }
        }
        this.calendar = this.series.stream().flatMapToLong(p -> Arrays.stream(p.time())).distinct().sorted().toArray();
        this.barIndex = new int[this.series.size()][];
        for (int s = 0; s < this.series.size(); s++) {
            long[] t = this.series.get(s).time();
            int[] idx = new int[calendar.length];
            int i = 0;
            for (int c = 0; c < calendar.length; c++) {
                if (i < t.length && t[i] == calendar[c]) {
                    idx[c] = i++;
                } else {
                    idx[c] = -1;
                }
            }
            barIndex[s] = idx;
        }
    }

    public List<PriceColumns> series() {
        return series;
    }

    public int symbolCount() {
        return series.size();
    }

    public long[] calendar() {
        return calendar;
    }

    public int days() {
        return calendar.length;
    }

    /** The bar index of series {@code s} on calendar day {@code c}, or -1. */
    public int barIndex(int s, int c) {
        return barIndex[s][c];
    }

    /** The whole mapping of series {@code s}; read-only. */
    public int[] barIndexOf(int s) {
        return barIndex[s];
    }

    /** Index of the first calendar day with time &ge; {@code t}, or {@code days()}. */
    public int dayAtOrAfter(long t) {
        int i = Arrays.binarySearch(calendar, t);
        return i >= 0 ? i : -i - 1;
    }
}
