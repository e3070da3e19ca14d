package dev.sextant.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The score against a hand computation (Python, formulas as documented in StrategyScorer and the README). */
class StrategyScorerTest {

    @Test
    void scoreMatchesTheHandComputation() {
        double[] r = {0.004, -0.012, 0.006, 0.002, -0.008, 0.005, -0.003, 0.004};
        StrategyScore s = StrategyScorer.score(r, new double[] {100, -80, 30, -40}, 0);
        // mean −0.00025, sample sd 0.0066926
        assertThat(s.sharpe()).isCloseTo(-0.5930216194611504, within(1e-12));
        assertThat(s.sortino()).isCloseTo(-0.762000762001143, within(1e-12));
        assertThat(s.annualReturn()).isCloseTo(-0.06570637097367726, within(1e-12));
        assertThat(s.maxDrawdown()).isCloseTo(-0.012051470848000068, within(1e-12));
        assertThat(s.profitFactor()).isCloseTo(130.0 / 120, within(1e-12));
        // parts 0.1356595, 0.3904894, 0.9598284, 0.0594998, 0.3888889 with weights .30 .20 .20 .15 .15
        assertThat(s.score()).isCloseTo(37.80197052556162, within(1e-9));
        assertThat(s.days()).isEqualTo(8);
        assertThat(s.trades()).isEqualTo(4);
    }

    @Test
    void undefinedMeasuresTakeTheirDocumentedParts() {
        // flat: Sharpe undefined (part 1/3), return 0 (1/2), no drawdown (1), Sortino undefined and
        // mean not positive (value 0: part 1/4), no trades (1/2)
        StrategyScore flat = StrategyScorer.score(new double[] {0, 0, 0, 0}, new double[0], 0);
        assertThat(flat.score()).isCloseTo(100 * (0.30 / 3 + 0.20 * 0.5 + 0.20 + 0.15 * 0.25 + 0.15 * 0.5), within(1e-9));
        // steady gains, no losing trade: everything at its top except Sharpe (undefined: 1/3)
        StrategyScore up = StrategyScorer.score(new double[] {0.0625, 0.0625, 0.0625}, new double[] {5}, 0);
        assertThat(up.score()).isCloseTo(100 * (0.30 / 3 + 0.20 + 0.20 + 0.15 + 0.15), within(1e-9));
    }
}
