package dev.sextant.engine.regime;

/**
 * How far from a profile's centre a feature may be before it costs one unit of score: the
 * score term of a feature is {@code −½ ((x − centre) / scale)²}, for {@link RegimeFeature#VOL_LEVEL}
 * on the natural logarithm of level and centre (volatility is compared as a ratio). A larger
 * scale makes the feature matter less.
 */
public record FeatureScales(
        double distSma20,
        double distSma50,
        double distSma200,
        double return20,
        double return60,
        double return252,
        double logVolLevel,
        double volPercentile,
        double aboveSma50,
        double nearHigh) {

    public FeatureScales {
        for (double s : new double[] {distSma20, distSma50, distSma200, return20, return60, return252,
                logVolLevel, volPercentile, aboveSma50, nearHigh}) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("feature scales must be positive, got " + s);
            }
        }
    }

    public double scale(RegimeFeature feature) {
        return switch (feature) {
            case DIST_SMA20 -> distSma20;
            case DIST_SMA50 -> distSma50;
            case DIST_SMA200 -> distSma200;
            case RETURN_20 -> return20;
            case RETURN_60 -> return60;
            case RETURN_252 -> return252;
            case VOL_LEVEL -> logVolLevel;
            case VOL_PERCENTILE -> volPercentile;
            case ABOVE_SMA50 -> aboveSma50;
            case NEAR_HIGH -> nearHigh;
        };
    }
}
