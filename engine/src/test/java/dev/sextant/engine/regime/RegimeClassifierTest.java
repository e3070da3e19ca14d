package dev.sextant.engine.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Hysteresis and dwell on hand-made feature days placed at or between profile centres. */
class RegimeClassifierTest {

    private final RegimeParameters p = RegimeParameters.defaults();

    /** Feature values {@code w} of the way from regime a's centre to b's (log-interpolated volatility). */
    private double[] between(MarketRegime a, MarketRegime b, double w) {
        double[] x = new double[RegimeFeature.COUNT];
        for (RegimeFeature f : RegimeFeature.values()) {
            double ca = p.profile(a).center(f);
            double cb = p.profile(b).center(f);
            x[f.ordinal()] = f == RegimeFeature.VOL_LEVEL ? Math.exp((1 - w) * Math.log(ca) + w * Math.log(cb)) : (1 - w) * ca + w * cb;
        }
        return x;
    }

    private static RegimeFeatures features(double[]... days) {
        double[][] cols = new double[RegimeFeature.COUNT][days.length];
        for (int d = 0; d < days.length; d++) {
            for (int f = 0; f < RegimeFeature.COUNT; f++) {
                cols[f][d] = days[d][f];
            }
        }
        long[] time = new long[days.length];
        Arrays.setAll(time, i -> 19_000 + i);
        return new RegimeFeatures(time, cols, new int[days.length], RegimeFeatures.VolatilitySource.VOLATILITY_INDEX);
    }

    private static double[][] repeat(double[] day, int n) {
        double[][] out = new double[n][];
        Arrays.fill(out, day);
        return out;
    }

    private static double[][] concat(double[][] a, double[][] b) {
        double[][] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aClearChallengerTakesOverOnlyAfterTheMinimumDwell() {
        double[] bull = between(MarketRegime.STRONG_BULL, MarketRegime.STRONG_BULL, 0);
        double[] panic = between(MarketRegime.PANIC_CRASH, MarketRegime.PANIC_CRASH, 0);
        // two strong-bull days then panic: the bull has to be held for minDwellDays first
        RegimeClassification c = new RegimeClassifier(p).classify(features(concat(repeat(bull, 2), repeat(panic, 8))));
        for (int d = 0; d < p.minDwellDays(); d++) {
            assertThat(c.regime(d)).as("day %d", d).isEqualTo(MarketRegime.STRONG_BULL);
        }
        assertThat(c.regime(p.minDwellDays())).isEqualTo(MarketRegime.PANIC_CRASH);
        // probabilities follow the scores at once, whatever the sticky label says
        double[] day2 = c.probabilities()[2];
        assertThat(day2[MarketRegime.PANIC_CRASH.ordinal()]).isEqualTo(Arrays.stream(day2).max().orElseThrow())
                .isGreaterThan(day2[MarketRegime.STRONG_BULL.ordinal()] * 100);
        assertThat(Arrays.stream(c.probabilities()[2]).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aChallengerThatWinsByLessThanTheMarginDoesNotTakeOver() {
        // walk from strong_bull's centre towards weak_bear's until some challenger just overtakes strong_bull
        double w = 0;
        double lead;
        do {
            w += 0.01;
            lead = challengerLead(between(MarketRegime.STRONG_BULL, MarketRegime.WEAK_BEAR, w));
        } while (lead <= 0);
        assertThat(lead).as("a challenger leads, by less than the margin").isLessThan(p.switchMargin());
        double[][] days = concat(repeat(between(MarketRegime.STRONG_BULL, MarketRegime.STRONG_BULL, 0), 10),
                repeat(between(MarketRegime.STRONG_BULL, MarketRegime.WEAK_BEAR, w), 30));
        RegimeClassification c = new RegimeClassifier(p).classify(features(days));
        assertThat(c.regimes()).containsOnly(MarketRegime.STRONG_BULL);
    }

    /** Best other regime's score minus strong_bull's on one day with features {@code x}. */
    private double challengerLead(double[] x) {
        double[] s = new RegimeScorer(p).score(features(x))[0];
        double best = Double.NEGATIVE_INFINITY;
        for (MarketRegime r : MarketRegime.values()) {
            if (r != MarketRegime.STRONG_BULL) {
                best = Math.max(best, s[r.ordinal()]);
            }
        }
        return best - s[MarketRegime.STRONG_BULL.ordinal()];
    }

    @Test
    void probabilitiesAreTheSoftmaxOfScoresAtTheTemperature() {
        double[] p1 = RegimeClassifier.softmax(new double[] {0, -3, -6, -9, -12, -15, -18}, 3.0);
        assertThat(p1[0] / p1[1]).isCloseTo(Math.E, within(1e-12));
        assertThat(Arrays.stream(p1).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void daysWithoutCoreFeaturesAreUnclassifiedAndDoNotCountTowardsDwell() {
        double[] bull = between(MarketRegime.STRONG_BULL, MarketRegime.STRONG_BULL, 0);
        double[] missing = bull.clone();
        missing[RegimeFeature.RETURN_252.ordinal()] = Double.NaN;
        double[] panic = between(MarketRegime.PANIC_CRASH, MarketRegime.PANIC_CRASH, 0);
        double[][] days = concat(concat(repeat(missing, 3), repeat(bull, 1)), repeat(panic, 10));
        RegimeClassification c = new RegimeClassifier(p).classify(features(days));
        assertThat(c.regime(0)).isNull();
        assertThat(c.regime(3)).isEqualTo(MarketRegime.STRONG_BULL);
        assertThat(c.regime(3 + p.minDwellDays() - 1)).isEqualTo(MarketRegime.STRONG_BULL);
        assertThat(c.regime(3 + p.minDwellDays())).isEqualTo(MarketRegime.PANIC_CRASH);
    }
}
