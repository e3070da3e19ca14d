package dev.sextant.engine.paper;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.metrics.PerformanceMetrics;
import dev.sextant.engine.regime.MarketRegime;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;

/**
 * Backtests a {@link RegimeMap} over history exactly as a paper portfolio with that map would have
 * traded it: a portfolio starting on the request's first day is updated once through its last day
 * ({@link PaperTrader}), so the backtest and a paper portfolio share one switching mechanism.
 */
public final class RegimeMapBacktest {

    private RegimeMapBacktest() {
    }

    /**
     * @param days each day's close and the label that traded it ({@link RegimeMap#CASH} for no new entries)
     * @param trades the closed round trips, each with the strategy whose signal opened it
     */
    public record Result(List<PaperDay> days, List<Execution> executions, List<PaperTrip> trades,
            List<StrategySwitch> switches, double totalReturn, Double cagr, Double sharpe, double maxDrawdown) {
    }

    /**
     * @param request the settings every candidate trades with (symbols, span, sizing, costs, day filters); its
     *        strategy is ignored, and its first day is required
     * @param regimes the market regime by date, as the regime model classified it
     * @param through the last day to simulate
     * @throws IllegalArgumentException for a map naming a label that is not a candidate, or what the trader rejects
     */
    public static Result run(PaperTrader trader, BacktestRequest request, List<Candidate> candidates, RegimeMap map,
            Collection<PriceColumns> bars, SortedMap<LocalDate, MarketRegime> regimes, LocalDate through) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("regime map: no strategy mapped to any regime");
        }
        Candidate first = candidates.getFirst();
        BacktestRequest template = request.toBuilder().to(null).build().withStrategy(first.label(), first.params());
        PaperPortfolio p = new PaperPortfolio("regime-map", template, null, candidates, map);
        PaperUpdate u = trader.update(p, PaperState.initial(p), bars, through, regimes);
        if (u.days().isEmpty()) {
            throw new IllegalArgumentException("no bars between " + request.from() + " and " + through);
        }
        double[] equity = u.days().stream().mapToDouble(PaperDay::equity).toArray();
        double[] r = new double[equity.length - 1];
        for (int t = 1; t < equity.length; t++) {
            r[t - 1] = equity[t] / equity[t - 1] - 1;
        }
        long span = u.days().getLast().date().toEpochDay() - u.days().getFirst().date().toEpochDay();
        return new Result(u.days(), u.executions(), u.closedTrips(), u.switches(), PerformanceMetrics.totalReturn(equity),
                PerformanceMetrics.cagr(equity, span), PerformanceMetrics.sharpe(r, request.riskFreeRate()),
                PerformanceMetrics.maxDrawdown(equity));
    }
}
