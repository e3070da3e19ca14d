package dev.sextant.engine.regime;

/**
 * The features a regime is scored on; every one uses only bars up to and including its day.
 * Prices are adjusted closes (ratios of adjusted closes are not changed by later dividends or
 * splits). {@link #isBreadth()} features need a universe and may be missing on a day.
 */
public enum RegimeFeature {
    /** {@code adjClose / SMA20(adjClose) − 1}. */
    DIST_SMA20(false),
    /** {@code adjClose / SMA50(adjClose) − 1}. */
    DIST_SMA50(false),
    /** {@code adjClose / SMA200(adjClose) − 1}. */
    DIST_SMA200(false),
    /** {@code adjClose[t] / adjClose[t−20] − 1}. */
    RETURN_20(false),
    /** {@code adjClose[t] / adjClose[t−60] − 1}. */
    RETURN_60(false),
    /** {@code adjClose[t] / adjClose[t−252] − 1}. */
    RETURN_252(false),
    /** The volatility index's close, else the index's 20-day realised volatility, annualised, × 100. */
    VOL_LEVEL(false),
    /** Share of the last 252 volatility levels (today included) that are ≤ today's. */
    VOL_PERCENTILE(false),
    /** Share of the eligible universe whose adjusted close is above its own SMA50. */
    ABOVE_SMA50(true),
    /** Share of the eligible universe whose adjusted close is within 2 % of its 252-bar closing high. */
    NEAR_HIGH(true);

    public static final int COUNT = values().length;

    private final boolean breadth;

    RegimeFeature(boolean breadth) {
        this.breadth = breadth;
    }

    public boolean isBreadth() {
        return breadth;
    }
}
