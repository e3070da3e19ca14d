package dev.sextant.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DSR and PBO against golden/overfitting_case1.expected.txt, computed by overfitting_case1.py from the papers' formulas. */
class OverfittingStatsGoldenTest {

    private static final double TOL = 1e-9;

    @Test
    void deflatedSharpeMatchesTheIndependentComputation() throws IOException {
        double[][] m = matrix();
        Map<String, String> expected = expected();
        double[] sharpes = Arrays.stream(m).mapToDouble(c -> ReturnMoments.of(c).sharpe()).toArray();
        double variance = new org.apache.commons.math3.stat.descriptive.moment.Variance().evaluate(sharpes);
        assertThat(variance).isCloseTo(num(expected, "trial_sharpe_variance"), within(TOL));

        DeflatedSharpeRatio dsr = DeflatedSharpeRatio.of(m[0], 25, variance);
        assertThat(dsr.sharpe()).isCloseTo(num(expected, "sharpe"), within(TOL));
        assertThat(dsr.skewness()).isCloseTo(num(expected, "skewness"), within(TOL));
        assertThat(dsr.kurtosis()).isCloseTo(num(expected, "kurtosis"), within(TOL));
        assertThat(dsr.expectedMaxSharpe()).isCloseTo(num(expected, "expected_max_sharpe"), within(1e-7));
        assertThat(dsr.probability()).isCloseTo(num(expected, "dsr"), within(1e-7));
    }

    @Test
    void pboMatchesTheIndependentComputation() throws IOException {
        Map<String, String> expected = expected();
        ProbabilityOfBacktestOverfitting pbo = ProbabilityOfBacktestOverfitting.of(matrix(), 6);
        assertThat(pbo.combinations()).isEqualTo(20);
        assertThat(pbo.pbo()).isEqualTo(num(expected, "pbo"));
        double[] logits = Arrays.stream(expected.get("logits").split(" ")).mapToDouble(Double::parseDouble).toArray();
        assertThat(pbo.logits()).containsExactly(logits, within(TOL));
    }

    @Test
    void singleTrialHasNoSelectionBiasAndBadInputsAreRejected() {
        assertThat(DeflatedSharpeRatio.expectedMaxSharpe(1, 0.5)).isZero();
        assertThatThrownBy(() -> ProbabilityOfBacktestOverfitting.of(new double[][] {{1, 2, 3, 4}, {1, 2, 3, 4}}, 3))
                .hasMessageContaining("even number of blocks");
        assertThatThrownBy(() -> ProbabilityOfBacktestOverfitting.of(new double[][] {{1, 2, 3, 4}}, 2))
                .hasMessageContaining("at least 2 candidates");
    }

    /** An overfit-free case: one candidate dominates in every block, so its OOS rank is always the top. */
    @Test
    void aDominantCandidateHasZeroPbo() {
        double[][] m = new double[3][48];
        for (int t = 0; t < 48; t++) {
            m[0][t] = 0.01 + 0.001 * Math.sin(t);
            m[1][t] = 0.001 * Math.sin(t * 1.3);
            m[2][t] = -0.01 + 0.001 * Math.cos(t);
        }
        ProbabilityOfBacktestOverfitting pbo = ProbabilityOfBacktestOverfitting.of(m, 4);
        assertThat(pbo.pbo()).isZero();
        assertThat(pbo.logits()).containsOnly(Math.log(0.75 / 0.25));
    }

    /** Columns of golden/overfitting_case1_returns.csv as rows. */
    private static double[][] matrix() throws IOException {
        List<String> lines = read("overfitting_case1_returns.csv").lines().toList();
        int cols = lines.get(0).split(",").length;
        double[][] m = new double[cols][lines.size() - 1];
        for (int t = 1; t < lines.size(); t++) {
            String[] f = lines.get(t).split(",");
            for (int c = 0; c < cols; c++) {
                m[c][t - 1] = Double.parseDouble(f[c]);
            }
        }
        return m;
    }

    private static Map<String, String> expected() throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : read("overfitting_case1.expected.txt").lines().toList()) {
            int sp = line.indexOf(' ');
            out.put(line.substring(0, sp), line.substring(sp + 1));
        }
        return out;
    }

    private static double num(Map<String, String> m, String key) {
        return Double.parseDouble(m.get(key));
    }

    private static String read(String name) throws IOException {
        try (InputStream in = OverfittingStatsGoldenTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
