package dev.sextant.engine.backtest;

import dev.sextant.engine.metrics.MetricSet;
import java.util.List;

/** Output of {@link PortfolioBacktester#run}: executions in fill order, round trips by entry then symbol. */
public record BacktestResult(
        BacktestRequest request,
        Provenance provenance,
        List<Execution> executions,
        List<RoundTrip> roundTrips,
        EquityCurve curve,
        MetricSet metrics) {
}
