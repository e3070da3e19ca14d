package dev.sextant.engine.walkforward;

/**
 * Walk-Forward Efficiency: annualised out-of-sample return / annualised in-sample return (both
 * CAGR as defined by {@link dev.sextant.engine.metrics.PerformanceMetrics#cagr}). Only defined
 * for a positive in-sample return: a ratio to a zero or negative in-sample return has no
 * meaningful sign, so the value is null and {@code note} says why.
 */
public record WalkForwardEfficiency(Double value, String note) {

    public static WalkForwardEfficiency of(Double oosAnnual, Double isAnnual) {
        if (isAnnual == null || oosAnnual == null) {
            return new WalkForwardEfficiency(null, "annualised return undefined");
        }
        if (isAnnual <= 0) {
            return new WalkForwardEfficiency(null, "in-sample annualised return " + String.format(java.util.Locale.ROOT,
                    "%.4f", isAnnual) + " is not positive");
        }
        return new WalkForwardEfficiency(oosAnnual / isAnnual, null);
    }
}
