package dev.sextant.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The statistics helper against values worked out by hand. */
class StatsTest {

    @Test
    void momentsOfASmallSample() {
        double[] x = {1, 2, 3, 4};
        assertThat(Stats.mean(x)).isEqualTo(2.5);
        assertThat(Stats.standardDeviation(x)).isCloseTo(Math.sqrt(1.25), within(1e-12));
        // m2 = 1.25, m4 = (2·1.5⁴ + 2·0.5⁴)/4 = 2.5625 → 2.5625/1.5625 − 3 = −1.36
        assertThat(Stats.excessKurtosis(x)).isCloseTo(-1.36, within(1e-12));
        assertThat(Stats.median(x)).isEqualTo(2.5);
        assertThat(Stats.median(new double[] {5, 1, 3})).isEqualTo(3);
    }

    @Test
    void autocorrelationOfAlternatingAndTrendingSeries() {
        double[] alternating = {1, -1, 1, -1, 1, -1};
        // lag 1: five products of −1 over a sum of squares of 6
        assertThat(Stats.autocorrelation(alternating, 1)).isCloseTo(-5.0 / 6, within(1e-12));
        assertThat(Stats.autocorrelation(alternating, 2)).isCloseTo(4.0 / 6, within(1e-12));
    }

    @Test
    void correlationAndSlopeOfALine() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {3, 5, 7, 9, 11};
        double[] reversed = {5, 4, 3, 2, 1};
        assertThat(Stats.correlation(x, y)).isCloseTo(1, within(1e-12));
        assertThat(Stats.correlation(x, reversed)).isCloseTo(-1, within(1e-12));
        assertThat(Stats.slope(y, x)).isCloseTo(2, within(1e-12));
    }
}
