package dev.sextant.engine.regime.split;

import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.EquityCurve;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.metrics.PerformanceMetrics;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.RegimePerformance;
import dev.sextant.engine.regime.ResultsByRegime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Splits backtests by the regime of the day. Rules: the daily return
 * {@code r[t] = equity[t] / equity[t−1] − 1} (t ≥ 1) belongs to the regime of day t (the day it is
 * earned); a closed round trip belongs to the regime of its entry day; days and trades whose date
 * has no regime are left out (and counted as unclassified days). Daily curves only.
 */
public final class ResultsByRegimeCalculator {

    private final SortedMap<LocalDate, MarketRegime> regimes;

    public ResultsByRegimeCalculator(SortedMap<LocalDate, MarketRegime> regimes) {
        this.regimes = regimes;
    }

    /** One row per backtest, keyed by strategy name, in the map's iteration order. */
    public ResultsByRegime table(Map<String, BacktestResult> backtests) {
        List<ResultsByRegime.Row> rows = new ArrayList<>();
        for (Map.Entry<String, BacktestResult> e : backtests.entrySet()) {
            BacktestResult r = e.getValue();
            rows.add(row(e.getKey(), r.curve(), r.roundTrips(), r.request().riskFreeRate()));
        }
        return new ResultsByRegime(rows);
    }

    public ResultsByRegime table(String strategy, BacktestResult result) {
        Map<String, BacktestResult> one = new LinkedHashMap<>();
        one.put(strategy, result);
        return table(one);
    }

    public ResultsByRegime.Row row(String strategy, EquityCurve curve, List<RoundTrip> trips, double riskFreeAnnual) {
        if (curve.timeframe().isIntraday()) {
            throw new IllegalArgumentException("results by regime need a daily equity curve");
        }
        int k = MarketRegime.COUNT;
        double[][] returns = new double[k][curve.size()];
        int[] days = new int[k];
        int unclassified = 0;
        for (int t = 1; t < curve.size(); t++) {
            MarketRegime regime = regimes.get(LocalDate.ofEpochDay(curve.time()[t]));
            if (regime == null) {
                unclassified++;
                continue;
            }
            int i = regime.ordinal();
            returns[i][days[i]++] = curve.equity()[t] / curve.equity()[t - 1] - 1;
        }
        int[] trades = new int[k];
        int[] wins = new int[k];
        for (RoundTrip trip : trips) {
            MarketRegime regime = regimes.get(LocalDate.ofEpochDay(trip.entryTime()));
            if (trip.isOpen() || regime == null) {
                continue;
            }
            trades[regime.ordinal()]++;
            if (trip.pnl() > 0) {
                wins[regime.ordinal()]++;
            }
        }
        List<RegimePerformance> cells = new ArrayList<>();
        for (MarketRegime regime : MarketRegime.values()) {
            int i = regime.ordinal();
            double[] r = Arrays.copyOf(returns[i], days[i]);
            double growth = 1;
            for (double x : r) {
                growth *= 1 + x;
            }
            cells.add(new RegimePerformance(regime, days[i], growth - 1, PerformanceMetrics.sharpe(r, riskFreeAnnual),
                    trades[i], trades[i] == 0 ? null : (double) wins[i] / trades[i]));
        }
        return new ResultsByRegime.Row(strategy, cells, unclassified);
    }
}
