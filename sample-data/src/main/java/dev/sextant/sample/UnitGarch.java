package dev.sextant.sample;

/**
 * A GJR-GARCH(1,1) variance process normalised to a long-run variance of 1.
 *
 * <p>{@code q' = (1 - arch - leverage/2 - persistence) + (arch + leverage·[u<0])·u² + persistence·q},
 * where {@code u} is the day's standardised shock. Multiplying {@code q} by a regime's variance
 * gives volatility clustering whose level follows the regime. With {@code leverage = 0} this is a
 * plain GARCH(1,1).
 */
final class UnitGarch {

    private final double arch;
    private final double leverage;
    private final double persistence;
    private double variance = 1.0;

    UnitGarch(double arch, double leverage, double persistence) {
        if (arch + leverage / 2 + persistence >= 1) {
            throw new IllegalArgumentException("GARCH process must be stationary");
        }
        this.arch = arch;
        this.leverage = leverage;
        this.persistence = persistence;
    }

    /** Today's variance, in units of the long-run variance. */
    double variance() {
        return variance;
    }

    /** Moves to tomorrow's variance after today's standardised shock {@code u}. */
    void update(double shock) {
        double reaction = arch + (shock < 0 ? leverage : 0);
        variance = (1 - arch - leverage / 2 - persistence) + reaction * shock * shock + persistence * variance;
    }

    /** Expected mean variance over the next {@code days} sessions, tomorrow's variance being {@code next}. */
    double expectedMeanVariance(double next, int days) {
        double decay = arch + leverage / 2 + persistence;
        double meanWeight = (1 - StrictMath.pow(decay, days)) / (days * (1 - decay));
        return 1 + (next - 1) * meanWeight;
    }
}
