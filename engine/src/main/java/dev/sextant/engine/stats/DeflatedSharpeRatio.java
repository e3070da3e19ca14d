package dev.sextant.engine.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Deflated Sharpe Ratio of Bailey &amp; López de Prado (2014), "The Deflated Sharpe Ratio:
 * Correcting for Selection Bias, Backtest Overfitting and Non-Normality", J. Portfolio Management
 * 40(5). All Sharpe ratios are per period (daily), not annualised.
 * <pre>
 *   SR0 = √V · ((1 − γ) Z⁻¹(1 − 1/N) + γ Z⁻¹(1 − 1/(N·e)))          expected maximum Sharpe of N trials under the null
 *   DSR = Z( (SR − SR0) · √(T − 1) / √(1 − γ3·SR + (γ4 − 1)/4 · SR²) )
 * </pre>
 * with Z the standard normal CDF, γ ≈ 0.5772 the Euler–Mascheroni constant, N the number of
 * trials, V the variance of the trials' Sharpe ratios, SR the Sharpe ratio being judged, T its
 * number of returns, γ3 their skewness and γ4 their (non-excess) kurtosis ({@link ReturnMoments}).
 * DSR is the probability that the true Sharpe ratio exceeds SR0. With a single trial there is no
 * selection: SR0 = 0 (the probabilistic Sharpe ratio against zero).
 */
public record DeflatedSharpeRatio(double sharpe, double expectedMaxSharpe, double probability, int trials,
        double trialSharpeVariance, int observations, double skewness, double kurtosis) {

    public static final double EULER_MASCHERONI = 0.5772156649015329;

    private static final NormalDistribution Z = new NormalDistribution();

    /**
     * @param returns the judged strategy's per-period returns
     * @param trials N, at least 1
     * @param trialSharpeVariance V, the variance of the N trials' per-period Sharpe ratios
     */
    public static DeflatedSharpeRatio of(double[] returns, int trials, double trialSharpeVariance) {
        if (trials < 1) {
            throw new IllegalArgumentException("need at least one trial, got " + trials);
        }
        if (!(trialSharpeVariance >= 0)) {
            throw new IllegalArgumentException("trial Sharpe variance must be >= 0, got " + trialSharpeVariance);
        }
        ReturnMoments m = ReturnMoments.of(returns);
        double sr = m.sharpe();
        double sr0 = expectedMaxSharpe(trials, trialSharpeVariance);
        double denominator = Math.sqrt(1 - m.skewness() * sr + (m.kurtosis() - 1) / 4 * sr * sr);
        double z = (sr - sr0) * Math.sqrt(m.count() - 1) / denominator;
        return new DeflatedSharpeRatio(sr, sr0, Z.cumulativeProbability(z), trials, trialSharpeVariance, m.count(),
                m.skewness(), m.kurtosis());
    }

    /** SR0 above; 0 for a single trial. */
    public static double expectedMaxSharpe(int trials, double variance) {
        if (trials == 1) {
            return 0;
        }
        double g = EULER_MASCHERONI;
        return Math.sqrt(variance) * ((1 - g) * Z.inverseCumulativeProbability(1 - 1.0 / trials)
                + g * Z.inverseCumulativeProbability(1 - 1.0 / (trials * Math.E)));
    }
}
