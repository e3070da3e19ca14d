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
    /** Day-major: {@code index[c * symbolCount + s]}, so one day's symbols are adjacent in memory. */
    private final int[] index;

    public AlignedUniverse(List<PriceColumns> series) {
        this.series = series.stream().sorted(Comparator.comparing(PriceColumns::symbol)).toList();
        for (int s = 1; s < this.series.size(); s++) {
            if (this.series.get(s).symbol().equals(this.series.get(s - 1).symbol())) {
                throw new IllegalArgumentException("symbol " + this.series.get(s).symbol() + " given twice");
            }
        }
        long[] union = new long[0];
        for (PriceColumns p : this.series) {
            union = union(union, p.time());
        }
        this.calendar = union;
        int count = this.series.size();
        this.index = new int[calendar.length * count];
        Arrays.fill(index, -1);
        for (int s = 0; s < count; s++) {
            long[] t = this.series.get(s).time();
            int c = 0;
            for (int i = 0; i < t.length; i++) {
                while (calendar[c] != t[i]) {
                    c++;
                }
                index[c * count + s] = i;
            }
        }
    }

    /** Sorted union of two strictly ascending arrays. */
    private static long[] union(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || (i < a.length && a[i] < b[j])) {
                out[k++] = a[i++];
            } else if (i == a.length || b[j] < a[i]) {
                out[k++] = b[j++];
            } else {
                out[k++] = a[i++];
                j++;
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
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
        return index[c * series.size() + s];
    }

    /** The day-major mapping {@code [c * symbolCount() + s]}; read-only. */
    public int[] dayMajorIndex() {
        return index;
    }

    /** Index of the first calendar day with time &ge; {@code t}, or {@code days()}. */
    public int dayAtOrAfter(long t) {
        int i = Arrays.binarySearch(calendar, t);
        return i >= 0 ? i : -i - 1;
    }
}
