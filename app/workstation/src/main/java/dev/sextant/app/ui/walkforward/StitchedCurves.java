package dev.sextant.app.ui.walkforward;

import dev.sextant.engine.walkforward.SavedWalkForward;
import dev.sextant.engine.walkforward.InSamplePace;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The walk-forward chart's two curves on the stitched out-of-sample dates (epoch days) of a saved
 * run: the out-of-sample equity as traded, and the {@link InSamplePace in-sample pace} (the same
 * windows grown at each fold's in-sample annual return, from the same capital).
 */
public record StitchedCurves(long[] days, double[] outOfSample, double[] inSamplePace) {

    @SuppressWarnings("unchecked")
    static StitchedCurves of(SavedWalkForward run) {
        List<Map<String, Object>> points = (List<Map<String, Object>>) run.summary().get("oos_equity");
        long[] days = new long[points.size()];
        double[] equity = new double[points.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = LocalDate.parse(String.valueOf(points.get(i).get("date"))).toEpochDay();
            equity[i] = ((Number) points.get(i).get("equity")).doubleValue();
        }
        List<InSamplePace.Segment> segments = run.folds().stream().map(f -> new InSamplePace.Segment(
                LocalDate.parse(String.valueOf(f.get("oos_from"))),
                f.get("is_metrics") instanceof Map<?, ?> m && m.get("cagr") instanceof Number n ? n.doubleValue() : null))
                .toList();
        double capital = run.folds().isEmpty() ? 0 : ((Number) run.folds().getFirst().get("start_capital")).doubleValue();
        return new StitchedCurves(days, equity, InSamplePace.of(days, segments, capital));
    }

    public int size() {
        return days.length;
    }
}
