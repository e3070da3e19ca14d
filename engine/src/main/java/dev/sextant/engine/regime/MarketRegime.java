package dev.sextant.engine.regime;

import java.util.Locale;

/**
 * The seven market regimes, each with a risk score used by the outlook and the action advice
 * ({@link RiskAdvisor}): 0 = least risk for a long equity book, 4 = most.
 */
public enum MarketRegime {
    STRONG_BULL(0),
    WEAK_BULL(1),
    ROTATING_BULL(1),
    RANGE_BOUND(2),
    WEAK_BEAR(3),
    PANIC_CRASH(4),
    RECOVERY(1.5);

    /** Number of regimes; arrays of per-regime values are indexed by {@link #ordinal()}. */
    public static final int COUNT = values().length;

    private final double riskScore;

    MarketRegime(double riskScore) {
        this.riskScore = riskScore;
    }

    public double riskScore() {
        return riskScore;
    }

    /** The external name, e.g. {@code panic_crash}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MarketRegime fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
