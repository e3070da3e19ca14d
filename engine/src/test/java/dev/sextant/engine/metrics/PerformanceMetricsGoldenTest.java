package dev.sextant.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * Metrics of golden/metrics_case1_*.csv against golden/metrics_case1.expected.txt, which
 * golden/metrics_case1.py computed independently in plain Python. Tolerance: 1e-9 relative for
 * every real-valued metric, exact for counts.
 */
class PerformanceMetricsGoldenTest {

    @Test
    void metricsMatchIndependentPythonComputation() throws IOException {
        List<String[]> eqRows = csv("metrics_case1_equity.csv");
        List<String[]> trRows = csv("metrics_case1_trades.csv");
        int n = eqRows.size();
        double[] equity = new double[n];
        double[] bench = new double[n];
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            equity[i] = Double.parseDouble(eqRows.get(i)[1]);
            bench[i] = Double.parseDouble(eqRows.get(i)[2]);
            positions[i] = Integer.parseInt(eqRows.get(i)[3]);
        }
        double days = ChronoUnit.DAYS.between(LocalDate.parse(eqRows.get(0)[0]), LocalDate.parse(eqRows.get(n - 1)[0]));
        double[] pnl = trRows.stream().mapToDouble(r -> Double.parseDouble(r[0])).toArray();
        int[] held = trRows.stream().mapToInt(r -> Integer.parseInt(r[1])).toArray();

        MetricSet m = PerformanceMetrics.compute(new MetricInputs(days, equity, positions, bench, pnl, held, 0.02, 252));

        Map<String, String> expected = expected();
        assertThat(m.asMap().keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        m.asMap().forEach((name, value) -> {
            String want = expected.get(name);
            if (value instanceof Integer i) {
                assertThat(i).as(name).isEqualTo(Integer.parseInt(want));
            } else {
                assertThat((Double) value).as(name).isCloseTo(Double.parseDouble(want), Percentage.withPercentage(1e-7));
            }
        });
    }

    @Test
    void undefinedMetricsAreNull() {
        double[] flat = {100, 100, 100};
        MetricSet m = PerformanceMetrics.compute(new MetricInputs(2, flat, new int[3], null, new double[] {5, 7}, new int[] {1, 2}, 0, 252));
        assertThat(m.sharpe()).isNull();
        assertThat(m.profitFactor()).as("no losing trade").isNull();
        assertThat(m.alpha()).isNull();
        assertThat(m.benchmarkReturn()).isNull();
        assertThat(m.maxDrawdown()).isZero();
        assertThat(m.maxDrawdownDays()).isZero();
    }

    @Test
    void drawdownDaysCountPeakToRecoveryOrEnd() {
        assertThat(PerformanceMetrics.maxDrawdownDays(new double[] {1, 2, 1, 1, 2, 3, 2})).isEqualTo(3);
        assertThat(PerformanceMetrics.maxDrawdownDays(new double[] {1, 2, 1, 3, 2, 2, 2, 2})).isEqualTo(4);
    }

    private static List<String[]> csv(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String[] lines = read(name).split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(lines[i].trim().split(","));
            }
        }
        return rows;
    }

    private static Map<String, String> expected() throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String line : read("metrics_case1.expected.txt").split("\n")) {
            if (!line.isBlank()) {
                String[] kv = line.trim().split("=", 2);
                m.put(kv[0], kv[1]);
            }
        }
        return m;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = PerformanceMetricsGoldenTest.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource golden/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
