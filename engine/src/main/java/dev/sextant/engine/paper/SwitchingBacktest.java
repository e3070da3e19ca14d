package dev.sextant.engine.paper;

import dev.sextant.engine.metrics.PerformanceMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Backtests a switching rule over candidates' backtests on one calendar: the switched portfolio
 * earns, each day, the daily return of the strategy that was active at the previous close, and
 * the rule may switch at every close ({@link SwitchingDecider}). Starts with {@code initial}.
 * The return-stream model assumes the portfolio can take the new strategy's book at the close it
 * switches: it adds no cost for selling the old positions and buying the new ones (each
 * candidate's own trading costs are in its curve). A paper portfolio that switches keeps its real
 * book instead ({@link PaperTrader}).
 */
public final class SwitchingBacktest {

    private SwitchingBacktest() {
    }

    /**
     * @param active the strategy label held on each day (the one whose return that day earned)
     */
    public record Result(long[] time, double[] equity, String[] active, List<StrategySwitch> switches,
            double totalReturn, Double sharpe, double maxDrawdown) {
    }

    public static Result run(SwitchingDecider decider, String initial, double capital, double riskFreeAnnual) {
        long[] time = decider.calendar();
        int n = time.length;
        double[] equity = new double[n];
        String[] active = new String[n];
        List<StrategySwitch> switches = new ArrayList<>();
        String current = initial;
        int lastSwitch = -1;
        for (int t = 0; t < n; t++) {
            if (t == 0) {
                equity[t] = capital;
            } else {
                CandidateCurve held = decider.candidate(current);
                equity[t] = equity[t - 1] * (held.equity()[t] / held.equity()[t - 1]);
            }
            active[t] = current;
            var decision = decider.decide(t, current, lastSwitch);
            if (decision.isPresent()) {
                switches.add(decision.get());
                current = decision.get().to();
                lastSwitch = t;
            }
        }
        double[] r = new double[Math.max(0, n - 1)];
        for (int t = 1; t < n; t++) {
            r[t - 1] = equity[t] / equity[t - 1] - 1;
        }
        return new Result(time, equity, active, List.copyOf(switches), PerformanceMetrics.totalReturn(equity),
                PerformanceMetrics.sharpe(r, riskFreeAnnual), PerformanceMetrics.maxDrawdown(equity));
    }
}
