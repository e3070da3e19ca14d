package dev.sextant.engine.regime;

/**
 * Turns profile scores into daily probabilities and a sticky daily regime.
 *
 * <p>Probabilities: {@code p_k = exp(s_k / T) / Σ_j exp(s_j / T)} with T
 * {@link RegimeParameters#temperature()}. Regime: on the first classified day the best-scoring
 * regime (ties: the earlier regime in {@link MarketRegime} order). Afterwards the incumbent
 * stays unless it has been held for at least its minimum dwell
 * ({@link RegimeParameters#minDwellDays()}, {@link RegimeParameters#panicMinDwellDays()} for
 * {@code panic_crash}) and the best challenger's score exceeds the incumbent's by more than
 * {@link RegimeParameters#switchMargin()}. Both rules look only at the current and earlier days.
 * Unclassified days (missing core features) keep no regime and do not count towards dwell.
 */
public final class RegimeClassifier {

    private final RegimeParameters parameters;

    public RegimeClassifier(RegimeParameters parameters) {
        this.parameters = parameters;
    }

    public RegimeClassification classify(RegimeFeatures features) {
        double[][] scores = new RegimeScorer(parameters).score(features);
        int n = features.size();
        MarketRegime[] regimes = new MarketRegime[n];
        double[][] probabilities = new double[n][];
        boolean[] breadth = new boolean[n];
        MarketRegime incumbent = null;
        int dwell = 0;
        for (int day = 0; day < n; day++) {
            probabilities[day] = softmax(scores[day], parameters.temperature());
            breadth[day] = features.hasBreadth(day);
            if (Double.isNaN(scores[day][0])) {
                continue;
            }
            MarketRegime best = best(scores[day]);
            if (incumbent == null) {
                incumbent = best;
                dwell = 1;
            } else if (best != incumbent && dwell >= minDwell(incumbent)
                    && scores[day][best.ordinal()] - scores[day][incumbent.ordinal()] > parameters.switchMargin()) {
                incumbent = best;
                dwell = 1;
            } else {
                dwell++;
            }
            regimes[day] = incumbent;
        }
        return new RegimeClassification(features.time().clone(), regimes, probabilities, scores, breadth);
    }

    private int minDwell(MarketRegime regime) {
        return regime == MarketRegime.PANIC_CRASH ? parameters.panicMinDwellDays() : parameters.minDwellDays();
    }

    private static MarketRegime best(double[] scores) {
        int best = 0;
        for (int k = 1; k < scores.length; k++) {
            if (scores[k] > scores[best]) {
                best = k;
            }
        }
        return MarketRegime.values()[best];
    }

    /** Softmax of {@code scores / temperature}, shifted by the maximum for numerical safety; NaN in, NaN out. */
    static double[] softmax(double[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            p[k] = Math.exp((scores[k] - max) / temperature);
            sum += p[k];
        }
        for (int k = 0; k < scores.length; k++) {
            p[k] /= sum;
        }
        return p;
    }
}
