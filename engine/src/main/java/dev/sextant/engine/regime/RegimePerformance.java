package dev.sextant.engine.regime;

/**
 * One cell of the strategy × regime table.
 *
 * @param days daily returns that fell on days of this regime
 * @param totalReturn compounded: Π(1 + r) − 1 over those days (0 when none)
 * @param sharpe {@link dev.sextant.engine.metrics.PerformanceMetrics#sharpe} of those daily
 *     returns (null with fewer than two days or no variation)
 * @param trades closed round trips entered on days of this regime
 * @param winRate share of those trades with positive P&amp;L (null when none)
 */
public record RegimePerformance(MarketRegime regime, int days, double totalReturn, Double sharpe, int trades, Double winRate) {
}
