package dev.sextant.engine.paper;

/**
 * A strategy's 0–100 score over one window and the five measures it combines
 * ({@link StrategyScorer} states the formula).
 *
 * @param days daily returns scored
 * @param sharpe annualised, null when undefined (fewer than two returns or no variation)
 * @param annualReturn the window's compounded return scaled to 252 days
 * @param maxDrawdown the worst fall from a peak inside the window, as a negative fraction (or 0)
 * @param sortino annualised, null when no day lost
 * @param profitFactor over the trades closed in the window, null when none lost
 * @param trades closed trades in the window
 */
public record StrategyScore(double score, int days, Double sharpe, double annualReturn, double maxDrawdown,
        Double sortino, Double profitFactor, int trades) {
}
