package dev.sextant.engine.regime;

import java.util.ArrayList;
import java.util.List;

/**
 * Forecasts the regime h classified days ahead from an empirical transition matrix estimated on
 * an expanding window: on day t the counts hold exactly the transitions between consecutive
 * classified days up to t (the last one being t−1 → t), with the Laplace prior of
 * {@link TransitionCounts}. The forecast is row "regime of t" of {@code P^h}. Nothing after t is
 * used, so scoring the forecasts against the regimes actually classified at t + h is a true
 * walk-forward test. Steps count classified days (trading days where the index has bars).
 */
public final class RegimeForecaster {

    private final RegimeParameters parameters;

    public RegimeForecaster(RegimeParameters parameters) {
        this.parameters = parameters;
    }

    public RegimeForecast forecast(RegimeClassification classification) {
        List<Integer> horizons = parameters.horizons();
        int n = classification.size();
        int[] classified = classifiedDays(classification);
        double[][][] probabilities = new double[n][][];
        TransitionCounts counts = new TransitionCounts(parameters.laplacePrior());
        for (int c = 0; c < classified.length; c++) {
            int day = classified[c];
            if (c > 0) {
                counts.add(classification.regime(classified[c - 1]), classification.regime(day));
            }
            double[][] p = counts.matrix();
            probabilities[day] = new double[horizons.size()][];
            for (int h = 0; h < horizons.size(); h++) {
                probabilities[day][h] = TransitionCounts.forecast(p, classification.regime(day), horizons.get(h));
            }
        }
        List<ForecastSkill> skill = new ArrayList<>();
        for (int h = 0; h < horizons.size(); h++) {
            skill.add(score(classification, classified, probabilities, h, horizons.get(h)));
        }
        return new RegimeForecast(horizons, probabilities, List.copyOf(skill));
    }

    private ForecastSkill score(RegimeClassification cl, int[] classified, double[][][] probabilities, int h, int horizon) {
        double floor = parameters.logLossFloor();
        double brierModel = 0;
        double brierBase = 0;
        double logModel = 0;
        double logBase = 0;
        int scored = 0;
        for (int c = 0; c + horizon < classified.length; c++) {
            MarketRegime today = cl.regime(classified[c]);
            MarketRegime actual = cl.regime(classified[c + horizon]);
            double[] p = probabilities[classified[c]][h];
            for (int k = 0; k < MarketRegime.COUNT; k++) {
                double outcome = k == actual.ordinal() ? 1 : 0;
                double base = k == today.ordinal() ? 1 : 0;
                brierModel += (p[k] - outcome) * (p[k] - outcome);
                brierBase += (base - outcome) * (base - outcome);
            }
            logModel -= Math.log(Math.max(p[actual.ordinal()], floor));
            logBase -= Math.log(actual == today ? 1 : floor);
            scored++;
        }
        if (scored == 0) {
            return new ForecastSkill(horizon, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new ForecastSkill(horizon, scored, brierModel / scored, brierBase / scored, logModel / scored, logBase / scored);
    }

    private static int[] classifiedDays(RegimeClassification cl) {
        return java.util.stream.IntStream.range(0, cl.size()).filter(d -> cl.regime(d) != null).toArray();
    }
}
