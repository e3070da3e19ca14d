package dev.sextant.engine.walkforward;

import dev.sextant.engine.metrics.MetricKey;
import java.time.LocalDate;
import java.util.List;

/**
 * What the in-sample results promised for the stitched out-of-sample curve: the equity it would
 * show had every fold's out-of-sample window grown at the annual rate (CAGR, as defined by
 * {@link dev.sextant.engine.metrics.PerformanceMetrics#cagr}) its chosen parameters earned on the
 * fold's in-sample window. Sampled on the out-of-sample dates and stitched the same way (every fold
 * continues from the previous fold's last value, from the starting capital), so where the real curve
 * falls below it, the tuning did not hold up out of sample. Inside fold k the value at date t is
 * {@code start_k × (1 + cagr_k)^((t − oosFrom_k + 1) / 365.25)}; at the fold's last date this is
 * exactly the in-sample CAGR over the fold's calendar days. A fold without a chosen parameter set
 * (it stayed in cash) or without a defined in-sample CAGR stays flat.
 */
public final class InSamplePace {

    private static final double DAYS_PER_YEAR = 365.25;

    /** One fold: its first out-of-sample day and the in-sample CAGR of its chosen parameters (null when none). */
    public record Segment(LocalDate oosFrom, Double isCagr) {
    }

    private InSamplePace() {
    }

    /** The pace of {@code result}'s folds on its stitched out-of-sample dates. */
    public static double[] of(WalkForwardResult result) {
        List<Segment> segments = result.folds().stream()
                .map(f -> new Segment(f.fold().oosFrom(), MetricKey.CAGR.in(f.isMetrics())))
                .toList();
        return of(result.oosTime(), segments, result.request().study().base().capital());
    }

    /**
     * The pace on {@code time} (ascending epoch days of the stitched out-of-sample curve), each date
     * belonging to the last segment starting on or before it.
     *
     * @throws IllegalArgumentException when a date lies before the first segment or segments are not ascending
     */
    public static double[] of(long[] time, List<Segment> segments, double capital) {
        for (int k = 1; k < segments.size(); k++) {
            if (!segments.get(k).oosFrom().isAfter(segments.get(k - 1).oosFrom())) {
                throw new IllegalArgumentException("fold " + k + " starts on " + segments.get(k).oosFrom()
                        + ", not after fold " + (k - 1) + " (" + segments.get(k - 1).oosFrom() + ")");
            }
        }
        double[] pace = new double[time.length];
        int k = -1;
        double start = capital;
        double last = capital;
        for (int i = 0; i < time.length; i++) {
            int fold = k;
            while (fold + 1 < segments.size() && segments.get(fold + 1).oosFrom().toEpochDay() <= time[i]) {
                fold++;
            }
            if (fold < 0) {
                throw new IllegalArgumentException(LocalDate.ofEpochDay(time[i]) + " lies before the first fold ("
                        + (segments.isEmpty() ? "none" : segments.getFirst().oosFrom()) + ")");
            }
            if (fold != k) {
                k = fold;
                start = last;
            }
            Segment s = segments.get(k);
            double days = time[i] - s.oosFrom().toEpochDay() + 1;
            last = s.isCagr() == null ? start : start * Math.pow(1 + s.isCagr(), days / DAYS_PER_YEAR);
            pace[i] = last;
        }
        return pace;
    }
}
