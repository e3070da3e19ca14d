package dev.sextant.engine.regime;

/**
 * Walk-forward scores of the regime forecast at one horizon, against the "regime persists"
 * baseline (all probability on today's regime) on the same days. Brier = Σ_k (p_k − o_k)²
 * (0 best, 2 worst); log-loss = −ln max(p_true, floor). Lower is better for both; skill =
 * 1 − model / baseline (positive = the model beats persistence).
 *
 * @param horizon trading days ahead
 * @param forecasts number of scored forecasts (days t whose day t + horizon is classified)
 */
public record ForecastSkill(
        int horizon,
        int forecasts,
        double brierModel,
        double brierPersistence,
        double logLossModel,
        double logLossPersistence) {

    public double brierSkill() {
        return 1 - brierModel / brierPersistence;
    }

    public double logLossSkill() {
        return 1 - logLossModel / logLossPersistence;
    }
}
