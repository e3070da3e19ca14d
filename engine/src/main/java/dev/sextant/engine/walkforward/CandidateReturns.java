package dev.sextant.engine.walkforward;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.Objective;
import dev.sextant.engine.optimize.Trial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The PBO input matrix: the best {@code n} distinct parameter sets over all folds' complete trials
 * (by in-sample objective; ties by fold, then trial number), each backtested over the whole span,
 * as daily returns of their equity curves. All candidates share the calendar, so the rows line up.
 */
final class CandidateReturns {

    private record Ranked(int fold, Trial trial) {
    }

    private CandidateReturns() {
    }

    static double[][] of(List<List<Trial>> trialsByFold, Objective objective, int n, BacktestRequest whole,
            PortfolioBacktester backtester, Collection<PriceColumns> bars) {
        List<Ranked> ranked = new ArrayList<>();
        for (int f = 0; f < trialsByFold.size(); f++) {
            for (Trial t : trialsByFold.get(f)) {
                if (t.isComplete()) {
                    ranked.add(new Ranked(f, t));
                }
            }
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -objective.score(r.trial().objectiveValue()))
                .thenComparingInt(Ranked::fold).thenComparingInt(r -> r.trial().number()));
        Map<String, Map<String, Object>> distinct = new LinkedHashMap<>();
        for (Ranked r : ranked) {
            if (distinct.size() == n) {
                break;
            }
            distinct.putIfAbsent(new TreeMap<>(r.trial().params()).toString(), r.trial().params());
        }
        List<double[]> rows = new ArrayList<>();
        for (Map<String, Object> free : distinct.values()) {
            Map<String, Object> params = new LinkedHashMap<>(whole.params());
            params.putAll(free);
            double[] e = backtester.run(whole.toBuilder().params(params).build(), bars).curve().equity();
            double[] r = new double[e.length - 1];
            for (int t = 1; t < e.length; t++) {
                r[t - 1] = e[t] / e[t - 1] - 1;
            }
            rows.add(r);
        }
        return rows.toArray(double[][]::new);
    }
}
