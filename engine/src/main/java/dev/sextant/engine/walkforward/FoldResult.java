package dev.sextant.engine.walkforward;

import dev.sextant.engine.backtest.RoundTrip;
import java.util.List;
import java.util.Map;

/**
 * One fold's outcome.
 *
 * @param params all parameters chosen on the in-sample window (fixed ones included), or null when
 *        no trial was complete; the out-of-sample window then stays in cash
 * @param isMetrics the chosen trial's in-sample metrics (empty without a choice)
 * @param oosMetrics out-of-sample metrics (empty without a choice)
 * @param oosTrips the out-of-sample round trips
 * @param trials trials recorded by the fold's study
 * @param startCapital / endCapital equity carried into and out of the out-of-sample window
 */
public record FoldResult(
        Fold fold,
        Map<String, Object> params,
        Map<String, Object> isMetrics,
        Map<String, Object> oosMetrics,
        List<RoundTrip> oosTrips,
        WalkForwardEfficiency wfe,
        int trials,
        double startCapital,
        double endCapital) {
}
