package dev.sextant.engine.regime;

/**
 * The forecast regime distribution {@code horizon} trading days ahead.
 *
 * @param probabilities by {@link MarketRegime#ordinal()}
 * @param mostLikely the regime with the highest probability (ties: the earlier regime)
 * @param expectedRisk Σ p_k · riskScore(k)
 */
public record HorizonForecast(int horizon, double[] probabilities, MarketRegime mostLikely, double expectedRisk) {

    public static HorizonForecast of(int horizon, double[] probabilities) {
        int best = 0;
        for (int k = 1; k < probabilities.length; k++) {
            if (probabilities[k] > probabilities[best]) {
                best = k;
            }
        }
        return new HorizonForecast(horizon, probabilities.clone(), MarketRegime.values()[best],
                RiskAdvisor.expectedRisk(probabilities));
    }
}
