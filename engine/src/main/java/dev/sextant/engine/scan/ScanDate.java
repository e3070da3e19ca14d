package dev.sextant.engine.scan;

import dev.sextant.engine.market.PriceColumns;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The default scan date when none is given: the latest date on which at least half of the
 * non-empty series have a bar. A symbol whose history stopped long ago, or one that already has
 * a newer bar than the rest, does not move the date away from where most of the universe is.
 * Candidate dates are those among the last {@value #TAIL} bars of each series.
 */
public final class ScanDate {

    static final int TAIL = 260;

    private ScanDate() {
    }

    public static LocalDate latestShared(Collection<PriceColumns> series) {
        List<PriceColumns> nonEmpty = series.stream().filter(p -> !p.isEmpty()).toList();
        if (nonEmpty.isEmpty()) {
            throw new IllegalArgumentException("no bars to choose a scan date from");
        }
        TreeSet<Long> candidates = new TreeSet<>();
        for (PriceColumns p : nonEmpty) {
            long[] t = p.time();
            for (int i = Math.max(0, t.length - TAIL); i < t.length; i++) {
                candidates.add(t[i]);
            }
        }
        int half = (nonEmpty.size() + 1) / 2;
        for (long day : candidates.descendingSet()) {
            int having = 0;
            for (PriceColumns p : nonEmpty) {
                if (Arrays.binarySearch(p.time(), day) >= 0) {
                    having++;
                }
            }
            if (having >= half) {
                return LocalDate.ofEpochDay(day);
            }
        }
        throw new IllegalArgumentException("no recent date on which half of the " + nonEmpty.size()
                + " series have a bar; give --date");
    }
}
