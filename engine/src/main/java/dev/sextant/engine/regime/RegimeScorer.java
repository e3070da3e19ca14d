package dev.sextant.engine.regime;

/**
 * Scores every day against every regime's profile. The score of regime k on day t is
 * {@code Σ_f w_f · −½ ((x_f − c_kf) / s_f)²} over the features f defined that day, with c the
 * profile centres, s the shared {@link FeatureScales} (the volatility level compared on a log
 * scale) and w_f = 1 except {@link RegimeParameters#breadthWeight()} for breadth features.
 * With equal scales for all regimes this is the log-likelihood of a Gaussian profile with
 * independent features, up to a constant. A day whose core (non-breadth) features are not all
 * defined gets NaN scores; a day without breadth is scored on the other features only, which
 * shifts all regimes' scores alike, so comparisons between regimes stay meaningful.
 */
public final class RegimeScorer {

    private final RegimeParameters parameters;

    public RegimeScorer(RegimeParameters parameters) {
        this.parameters = parameters;
    }

    /** {@code scores[day][regime.ordinal()]}. */
    public double[][] score(RegimeFeatures features) {
        double[][] out = new double[features.size()][MarketRegime.COUNT];
        for (int day = 0; day < features.size(); day++) {
            if (!features.hasCoreFeatures(day)) {
                java.util.Arrays.fill(out[day], Double.NaN);
                continue;
            }
            for (MarketRegime regime : MarketRegime.values()) {
                out[day][regime.ordinal()] = score(features, day, parameters.profile(regime));
            }
        }
        return out;
    }

    private double score(RegimeFeatures features, int day, RegimeProfile profile) {
        double total = 0;
        for (RegimeFeature f : RegimeFeature.values()) {
            double x = features.value(f, day);
            if (Double.isNaN(x)) {
                continue;
            }
            double c = profile.center(f);
            if (f == RegimeFeature.VOL_LEVEL) {
                x = Math.log(x);
                c = Math.log(c);
            }
            double z = (x - c) / parameters.scales().scale(f);
            double weight = f.isBreadth() ? parameters.breadthWeight() : 1.0;
            total -= 0.5 * weight * z * z;
        }
        return total;
    }
}
