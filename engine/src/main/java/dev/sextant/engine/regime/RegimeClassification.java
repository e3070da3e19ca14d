package dev.sextant.engine.regime;

import java.time.LocalDate;

/**
 * The classifier's output on the index's dates.
 *
 * @param time epoch days
 * @param regimes the classified regime of each day, null on days without core features
 * @param probabilities {@code [day][regime.ordinal()]}, summing to 1; NaN where unclassified
 * @param scores the raw profile scores {@code [day][regime.ordinal()]}
 * @param breadth whether breadth features entered each day's scores
 */
public record RegimeClassification(
        long[] time,
        MarketRegime[] regimes,
        double[][] probabilities,
        double[][] scores,
        boolean[] breadth) {

    public int size() {
        return time.length;
    }

    public LocalDate date(int day) {
        return LocalDate.ofEpochDay(time[day]);
    }

    public MarketRegime regime(int day) {
        return regimes[day];
    }

    /** The classified days' regimes by date (unclassified days left out). */
    public java.util.SortedMap<LocalDate, MarketRegime> byDate() {
        java.util.SortedMap<LocalDate, MarketRegime> out = new java.util.TreeMap<>();
        for (int day = 0; day < size(); day++) {
            if (regimes[day] != null) {
                out.put(date(day), regimes[day]);
            }
        }
        return java.util.Collections.unmodifiableSortedMap(out);
    }
}
