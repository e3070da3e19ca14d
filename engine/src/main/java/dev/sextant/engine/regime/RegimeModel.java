package dev.sextant.engine.regime;

import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import java.util.ArrayList;
import java.util.List;

/**
 * The regime model end to end: features ({@link RegimeFeatureCalculator}) → scores, probabilities
 * and sticky regimes ({@link RegimeClassifier}) → walk-forward forecasts and their skill
 * ({@link RegimeForecaster}) → outlook and action ({@link RiskAdvisor}).
 */
public final class RegimeModel {

    /**
     * Identity of the model's semantics (features, scores, thresholds, forecast), stored with every
     * saved snapshot; bumped whenever one of them changes what a day comes out as.
     */
    public static final String VERSION = "regime-1";

    private final RegimeParameters parameters;

    public RegimeModel(RegimeParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * @param index the market index, daily
     * @param volatilityIndex its volatility index, or null for the index's realised volatility
     * @param universe breadth universe, may be empty
     */
    public RegimeAnalysis run(PriceColumns index, PriceColumns volatilityIndex, List<PriceColumns> universe,
            ProgressSink progress, Cancellation cancellation) {
        progress.progress(0, 3, "regime features");
        RegimeFeatures features = new RegimeFeatureCalculator(parameters).compute(index, volatilityIndex, universe);
        cancellation.throwIfCancelled();
        progress.progress(1, 3, "regime classification");
        RegimeClassification classification = new RegimeClassifier(parameters).classify(features);
        cancellation.throwIfCancelled();
        progress.progress(2, 3, "regime forecast");
        RegimeForecast forecast = new RegimeForecaster(parameters).forecast(classification);
        List<RegimeSnapshot> days = snapshots(classification, forecast);
        progress.progress(3, 3, "regime done");
        return new RegimeAnalysis(features, classification, forecast, days, summary(classification, forecast, days));
    }

    private List<RegimeSnapshot> snapshots(RegimeClassification cl, RegimeForecast forecast) {
        RiskAdvisor advisor = new RiskAdvisor(parameters);
        List<RegimeSnapshot> out = new ArrayList<>();
        for (int day = 0; day < cl.size(); day++) {
            MarketRegime regime = cl.regime(day);
            if (regime == null) {
                continue;
            }
            List<HorizonForecast> horizons = new ArrayList<>();
            for (int h : parameters.horizons()) {
                horizons.add(HorizonForecast.of(h, forecast.at(day, h)));
            }
            double[] outlookForecast = forecast.at(day, parameters.outlookHorizon());
            out.add(new RegimeSnapshot(cl.date(day), regime, cl.probabilities()[day].clone(), cl.breadth()[day],
                    List.copyOf(horizons), advisor.outlook(regime, outlookForecast), advisor.action(regime, outlookForecast)));
        }
        return List.copyOf(out);
    }

    private RegimeSummary summary(RegimeClassification cl, RegimeForecast forecast, List<RegimeSnapshot> days) {
        long[] daysIn = new long[MarketRegime.COUNT];
        TransitionCounts transitions = new TransitionCounts(parameters.laplacePrior());
        int breadthDays = 0;
        for (int i = 0; i < days.size(); i++) {
            RegimeSnapshot s = days.get(i);
            daysIn[s.regime().ordinal()]++;
            if (i > 0) {
                transitions.add(days.get(i - 1).regime(), s.regime());
            }
            if (s.breadth()) {
                breadthDays++;
            }
        }
        double[] share = new double[MarketRegime.COUNT];
        for (int k = 0; k < share.length; k++) {
            share[k] = days.isEmpty() ? 0 : (double) daysIn[k] / days.size();
        }
        return new RegimeSummary(days.size(), share, transitions.counts(), transitions.matrix(), breadthDays, forecast.skill());
    }
}
