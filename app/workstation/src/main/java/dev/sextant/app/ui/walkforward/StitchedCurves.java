package dev.sextant.app.ui.walkforward;

import dev.sextant.engine.metrics.MetricKey;
import dev.sextant.engine.walkforward.SavedWalkForward;
import dev.sextant.engine.walkforward.InSamplePace;
import java.util.List;

/**
 * The walk-forward chart's two curves on the stitched out-of-sample dates (epoch days) of a saved
 * run: the out-of-sample equity as traded, and the {@link InSamplePace in-sample pace} (the same
 * windows grown at each fold's in-sample annual return, from the same capital).
 */
public record StitchedCurves(long[] days, double[] outOfSample, double[] inSamplePace) {

    static StitchedCurves of(SavedWalkForward run) {
        List<SavedWalkForward.EquityPoint> points = run.summary().oosEquity();
        long[] days = new long[points.size()];
        double[] equity = new double[points.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = points.get(i).date().toEpochDay();
            equity[i] = points.get(i).equity();
        }
        List<InSamplePace.Segment> segments = run.folds().stream()
                .map(f -> new InSamplePace.Segment(f.oosFrom(), MetricKey.CAGR.in(f.isMetrics())))
                .toList();
        double capital = run.folds().isEmpty() ? 0 : run.folds().getFirst().startCapital();
        return new StitchedCurves(days, equity, InSamplePace.of(days, segments, capital));
    }

    public int size() {
        return days.length;
    }
}
