package dev.sextant.engine.backtest;

import dev.sextant.engine.metrics.MetricSet;
import java.util.List;

/**
 * Output of {@link PortfolioBacktester#run}: executions in fill order, round trips by entry then symbol,
 * and what each entry filter and limit did ({@code constraints}, empty for runs saved before they were recorded).
 */
public record BacktestResult(
        BacktestRequest request,
        Provenance provenance,
        List<Execution> executions,
        List<RoundTrip> roundTrips,
        EquityCurve curve,
        MetricSet metrics,
        List<ConstraintReport> constraints) {

    public BacktestResult {
        constraints = List.copyOf(constraints);
    }
}
