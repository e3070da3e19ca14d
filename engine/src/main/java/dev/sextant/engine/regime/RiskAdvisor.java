package dev.sextant.engine.regime;

/**
 * Outlook and action from today's regime and the forecast at the outlook horizon.
 *
 * <p>Expected risk E = Σ_k p_k · riskScore(k) over the forecast distribution; today's risk r =
 * riskScore(today's regime). Outlook: improving when E &lt; r − margin, deteriorating when
 * E &gt; r + margin, else stable ({@link RegimeParameters#outlookMargin()}). Action from the
 * larger of r and E (the advice never relaxes below what today's regime warrants): go to cash
 * from {@link RegimeParameters#goToCashRisk()}, reduce exposure from
 * {@link RegimeParameters#reduceExposureRisk()}, tighten stops from
 * {@link RegimeParameters#tightenStopsRisk()}, else stay invested.
 */
public final class RiskAdvisor {

    private final RegimeParameters parameters;

    public RiskAdvisor(RegimeParameters parameters) {
        this.parameters = parameters;
    }

    public static double expectedRisk(double[] distribution) {
        double e = 0;
        for (MarketRegime r : MarketRegime.values()) {
            e += distribution[r.ordinal()] * r.riskScore();
        }
        return e;
    }

    public Outlook outlook(MarketRegime today, double[] forecast) {
        double change = expectedRisk(forecast) - today.riskScore();
        if (change < -parameters.outlookMargin()) {
            return Outlook.IMPROVING;
        }
        return change > parameters.outlookMargin() ? Outlook.DETERIORATING : Outlook.STABLE;
    }

    public RiskAction action(MarketRegime today, double[] forecast) {
        double risk = Math.max(today.riskScore(), expectedRisk(forecast));
        if (risk >= parameters.goToCashRisk()) {
            return RiskAction.GO_TO_CASH;
        }
        if (risk >= parameters.reduceExposureRisk()) {
            return RiskAction.REDUCE_EXPOSURE;
        }
        return risk >= parameters.tightenStopsRisk() ? RiskAction.TIGHTEN_STOPS : RiskAction.STAY_INVESTED;
    }
}
