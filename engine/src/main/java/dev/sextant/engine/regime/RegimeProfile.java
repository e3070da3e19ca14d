package dev.sextant.engine.regime;

/**
 * What a regime typically looks like: one centre per {@link RegimeFeature}. Together with the
 * shared {@link FeatureScales} it scores a day by how close its features are to the centres
 * (see {@link RegimeScorer}). Returns and distances are fractions (0.05 = 5 %), the volatility
 * level is in index points (VIX-like), percentiles and breadth shares are in [0, 1].
 */
public record RegimeProfile(
        MarketRegime regime,
        double distSma20,
        double distSma50,
        double distSma200,
        double return20,
        double return60,
        double return252,
        double volLevel,
        double volPercentile,
        double aboveSma50,
        double nearHigh) {

    public double center(RegimeFeature feature) {
        return switch (feature) {
            case DIST_SMA20 -> distSma20;
            case DIST_SMA50 -> distSma50;
            case DIST_SMA200 -> distSma200;
            case RETURN_20 -> return20;
            case RETURN_60 -> return60;
            case RETURN_252 -> return252;
            case VOL_LEVEL -> volLevel;
            case VOL_PERCENTILE -> volPercentile;
            case ABOVE_SMA50 -> aboveSma50;
            case NEAR_HIGH -> nearHigh;
        };
    }
}
