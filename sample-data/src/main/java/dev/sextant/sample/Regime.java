package dev.sextant.sample;

import java.util.Locale;

/**
 * The seven market regimes of the synthetic market, each with its own profile.
 *
 * <p>Drift and volatility are annualised figures of the market factor (the index ETF).
 * {@code sectorDispersion} scales the volatility of the sector factors, {@code sectorRotation}
 * is the annualised drift amplitude of the slowly rotating sector leadership, and
 * {@code idiosyncraticScale} scales every stock's own volatility. A regime lasts at least
 * {@code minDwellDays} sessions and then ends each session with probability
 * {@code 1 / meanExtraDwellDays}.
 */
public enum Regime {
    STRONG_BULL(0.22, 0.11, 0.8, 0.05, 0.9, 60, 120),
    WEAK_BULL(0.08, 0.15, 1.0, 0.08, 1.0, 40, 80),
    ROTATING_BULL(0.12, 0.14, 1.6, 0.35, 1.0, 40, 80),
    RANGE_BOUND(0.00, 0.13, 1.0, 0.10, 1.0, 30, 60),
    WEAK_BEAR(-0.18, 0.22, 1.2, 0.08, 1.2, 25, 40),
    PANIC_CRASH(-1.50, 0.50, 1.5, 0.00, 1.8, 10, 10),
    RECOVERY(0.60, 0.28, 1.3, 0.10, 1.3, 30, 40);

    private final double annualDrift;
    private final double annualVolatility;
    private final double sectorDispersion;
    private final double sectorRotation;
    private final double idiosyncraticScale;
    private final int minDwellDays;
    private final int meanExtraDwellDays;

    Regime(double annualDrift, double annualVolatility, double sectorDispersion, double sectorRotation,
           double idiosyncraticScale, int minDwellDays, int meanExtraDwellDays) {
        this.annualDrift = annualDrift;
        this.annualVolatility = annualVolatility;
        this.sectorDispersion = sectorDispersion;
        this.sectorRotation = sectorRotation;
        this.idiosyncraticScale = idiosyncraticScale;
        this.minDwellDays = minDwellDays;
        this.meanExtraDwellDays = meanExtraDwellDays;
    }

    /** The name written to {@code regimes.csv}, e.g. {@code panic_crash}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Regime fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    double annualDrift() {
        return annualDrift;
    }

    double annualVolatility() {
        return annualVolatility;
    }

    double sectorDispersion() {
        return sectorDispersion;
    }

    double sectorRotation() {
        return sectorRotation;
    }

    double idiosyncraticScale() {
        return idiosyncraticScale;
    }

    int minDwellDays() {
        return minDwellDays;
    }

    int meanExtraDwellDays() {
        return meanExtraDwellDays;
    }
}
