package dev.sextant.engine.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TransitionCountsTest {

    @Test
    void laplacePriorAndMatrixPowers() {
        TransitionCounts t = new TransitionCounts(1.0);
        t.add(MarketRegime.STRONG_BULL, MarketRegime.STRONG_BULL);
        t.add(MarketRegime.STRONG_BULL, MarketRegime.STRONG_BULL);
        t.add(MarketRegime.STRONG_BULL, MarketRegime.WEAK_BEAR);
        double[][] p = t.matrix();
        // row strong_bull: (2 + 1) / (3 + 7), (1 + 1) / 10, others 1 / 10
        assertThat(p[0][0]).isCloseTo(0.3, within(1e-15));
        assertThat(p[0][MarketRegime.WEAK_BEAR.ordinal()]).isCloseTo(0.2, within(1e-15));
        assertThat(p[0][1]).isCloseTo(0.1, within(1e-15));
        // an unseen row is uniform
        assertThat(p[MarketRegime.RECOVERY.ordinal()][3]).isCloseTo(1 / 7.0, within(1e-15));
        // two steps: Σ_k p[0][k] p[k][j]
        double[] two = t.forecast(MarketRegime.STRONG_BULL, 2);
        for (int j = 0; j < MarketRegime.COUNT; j++) {
            double expected = 0;
            for (int k = 0; k < MarketRegime.COUNT; k++) {
                expected += p[0][k] * p[k][j];
            }
            assertThat(two[j]).isCloseTo(expected, within(1e-15));
        }
        assertThat(t.forecast(MarketRegime.STRONG_BULL, 20)).satisfies(d ->
                assertThat(java.util.Arrays.stream(d).sum()).isCloseTo(1.0, within(1e-12)));
    }
}
