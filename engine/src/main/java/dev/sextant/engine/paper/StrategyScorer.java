package dev.sextant.engine.paper;

import dev.sextant.engine.metrics.PerformanceMetrics;

/**
 * Combines five measures of a window of daily returns and the trades closed in it into one score
 * from 0 to 100: {@code 100 × Σ weight × part}, each part mapped linearly onto 0..1 and clamped.
 * <pre>
 *   part            weight  0 at          1 at
 *   Sharpe           0.30   −1            +2       (undefined: 0, i.e. part 1/3)
 *   annual return    0.20   −30 %         +30 %    ((Π(1+r))^(252/n) − 1)
 *   max drawdown     0.20   −30 %         0 %
 *   Sortino          0.15   −1            +3       (undefined, no losing day: 3 if the mean is positive, else 0)
 *   profit factor    0.15   0.5           2        (no trades: 1.25, i.e. part 0.5; no losing trade: 2)
 * </pre>
 * Sharpe and Sortino are {@link PerformanceMetrics#sharpe} and {@link PerformanceMetrics#sortino}
 * with the given risk-free rate; the drawdown is {@link PerformanceMetrics#maxDrawdown} of the
 * window's equity rebuilt from its returns.
 */
public final class StrategyScorer {

    public static final double SHARPE_WEIGHT = 0.30;
    public static final double RETURN_WEIGHT = 0.20;
    public static final double DRAWDOWN_WEIGHT = 0.20;
    public static final double SORTINO_WEIGHT = 0.15;
    public static final double PROFIT_FACTOR_WEIGHT = 0.15;

    private StrategyScorer() {
    }

    /**
     * @param returns the window's daily returns (at least one)
     * @param tradePnl net P&amp;L of the trades closed in the window
     */
    public static StrategyScore score(double[] returns, double[] tradePnl, double riskFreeAnnual) {
        if (returns.length == 0) {
            throw new IllegalArgumentException("a score needs at least one daily return");
        }
        double[] equity = new double[returns.length + 1];
        equity[0] = 1;
        double mean = 0;
        for (int t = 0; t < returns.length; t++) {
            equity[t + 1] = equity[t] * (1 + returns[t]);
            mean += returns[t] / returns.length;
        }
        Double sharpe = PerformanceMetrics.sharpe(returns, riskFreeAnnual);
        Double sortino = PerformanceMetrics.sortino(returns, riskFreeAnnual);
        Double pf = tradePnl.length == 0 ? null : PerformanceMetrics.profitFactor(tradePnl);
        double annual = Math.pow(equity[returns.length], 252.0 / returns.length) - 1;
        double drawdown = PerformanceMetrics.maxDrawdown(equity);

        double sharpePart = part(sharpe == null ? 0 : sharpe, -1, 2);
        double returnPart = part(annual, -0.30, 0.30);
        double drawdownPart = part(drawdown, -0.30, 0);
        double sortinoValue = sortino != null ? sortino : mean > riskFreeAnnual / 252 ? 3 : 0;
        double sortinoPart = part(sortinoValue, -1, 3);
        double pfValue = tradePnl.length == 0 ? 1.25 : pf == null ? 2 : pf;
        double pfPart = part(pfValue, 0.5, 2);
        double score = 100 * (SHARPE_WEIGHT * sharpePart + RETURN_WEIGHT * returnPart + DRAWDOWN_WEIGHT * drawdownPart
                + SORTINO_WEIGHT * sortinoPart + PROFIT_FACTOR_WEIGHT * pfPart);
        return new StrategyScore(score, returns.length, sharpe, annual, drawdown, sortino, pf, tradePnl.length);
    }

    private static double part(double value, double zeroAt, double oneAt) {
        return Math.clamp((value - zeroAt) / (oneAt - zeroAt), 0.0, 1.0);
    }
}
