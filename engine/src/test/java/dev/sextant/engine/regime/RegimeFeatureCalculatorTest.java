package dev.sextant.engine.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.PriceColumns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegimeFeatureCalculatorTest {

    private final RegimeFeatureCalculator calculator = new RegimeFeatureCalculator(RegimeParameters.defaults());

    @Test
    void indexFeaturesMatchDirectComputation() {
        PriceColumns idx = TestBars.synthetic("IDX", 400, 100, 0.05, 0);
        RegimeFeatures f = calculator.compute(idx, null, List.of());
        double[] px = idx.adjClose();
        int t = 350;
        double sma50 = 0;
        for (int k = t - 49; k <= t; k++) {
            sma50 += px[k] / 50;
        }
        assertThat(f.value(RegimeFeature.DIST_SMA50, t)).isCloseTo(px[t] / sma50 - 1, within(1e-12));
        assertThat(f.value(RegimeFeature.RETURN_60, t)).isCloseTo(px[t] / px[t - 60] - 1, within(1e-12));
        assertThat(f.value(RegimeFeature.RETURN_252, 251)).isNaN();
        assertThat(f.value(RegimeFeature.DIST_SMA200, 198)).isNaN();
        assertThat(f.value(RegimeFeature.DIST_SMA200, 199)).isFinite();
        assertThat(f.volatilitySource()).isEqualTo(RegimeFeatures.VolatilitySource.REALIZED);
        double ss = 0;
        double mean = 0;
        for (int k = t - 19; k <= t; k++) {
            mean += Math.log(px[k] / px[k - 1]) / 20;
        }
        for (int k = t - 19; k <= t; k++) {
            double d = Math.log(px[k] / px[k - 1]) - mean;
            ss += d * d;
        }
        assertThat(f.value(RegimeFeature.VOL_LEVEL, t)).isCloseTo(100 * Math.sqrt(ss / 19 * 252), within(1e-9));
        // without a universe there is no breadth, and it says so
        assertThat(f.hasBreadth(t)).isFalse();
        assertThat(f.breadthMembers()[t]).isZero();
        assertThat(f.hasCoreFeatures(t)).isTrue();
    }

    @Test
    void volatilityPercentileIsTheShareOfTheLastYearAtOrBelowToday() {
        double[] level = new double[300];
        for (int i = 0; i < level.length; i++) {
            level[i] = i % 10; // 0..9 repeating
        }
        PriceColumns idx = TestBars.synthetic("IDX", 300, 100, 0.05, 0);
        PriceColumns vol = TestBars.fromCloses("VOL", level, 0);
        RegimeFeatures f = calculator.compute(idx, vol, List.of());
        assertThat(f.value(RegimeFeature.VOL_PERCENTILE, 250)).isNaN();
        // day 259: level 9, the maximum → all 252 values are at or below it
        assertThat(f.value(RegimeFeature.VOL_PERCENTILE, 259)).isEqualTo(1.0);
        // day 260: level 0; the window 9..260 holds 25 or 26 zeros → count them directly
        long zeros = java.util.stream.IntStream.rangeClosed(9, 260).filter(i -> i % 10 == 0).count();
        assertThat(f.value(RegimeFeature.VOL_PERCENTILE, 260)).isEqualTo(zeros / 252.0);
        assertThat(f.volatilitySource()).isEqualTo(RegimeFeatures.VolatilitySource.VOLATILITY_INDEX);
    }

    @Test
    void breadthCountsEligibleMembersAndIsMissingWhenTooFewHaveAYearOfHistory() {
        PriceColumns idx = TestBars.synthetic("IDX", 400, 100, 0.05, 0);
        List<PriceColumns> universe = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            double[] close = new double[400];
            for (int i = 0; i < close.length; i++) {
                // five members rise steadily (above SMA50, at their high), five fall steadily
                close[i] = s < 5 ? 50 + 0.1 * i : 100 - 0.1 * i;
            }
            universe.add(TestBars.fromCloses("S" + s, close, 1000));
        }
        // ten more members that start late: they make the universe 20, so breadth needs 10 eligible
        for (int s = 10; s < 20; s++) {
            double[] close = new double[200];
            java.util.Arrays.fill(close, 30);
            PriceColumns late = TestBars.fromCloses("S" + s, close, 1000);
            universe.add(new PriceColumns(late.symbol(), late.timeframe(), shift(late.time(), 200), late.open(),
                    late.high(), late.low(), late.close(), late.adjClose(), late.volume()));
        }
        RegimeFeatures f = calculator.compute(idx, null, universe);
        assertThat(f.hasBreadth(250)).isFalse(); // nobody has 252 bars yet
        assertThat(f.hasBreadth(251)).isTrue();  // the first ten members qualify: 10 ≥ max(10, 0.5 × 20)
        assertThat(f.breadthMembers()[300]).isEqualTo(10);
        assertThat(f.value(RegimeFeature.ABOVE_SMA50, 300)).isEqualTo(0.5);
        assertThat(f.value(RegimeFeature.NEAR_HIGH, 300)).isEqualTo(0.5);
    }

    private static long[] shift(long[] t, long days) {
        long[] out = new long[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = t[i] + days;
        }
        return out;
    }
}
