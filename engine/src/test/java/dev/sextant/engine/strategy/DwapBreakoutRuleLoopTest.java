package dev.sextant.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sextant.engine.DailyCsvReader;
import dev.sextant.engine.TestBars;
import dev.sextant.engine.indicator.DwapIndicator;
import dev.sextant.engine.indicator.RollingMeanIndicator;
import dev.sextant.engine.indicator.Sma;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SharedMarketData;
import dev.sextant.engine.spi.SignalColumns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * dwap-breakout's columns (strong flags and rank scores shared through its memos, one loop per column) equal, bit for
 * bit, the single per-bar rule loop they replaced, computed here from the indicators directly: for parameter sets that
 * share periods, thresholds and targets (so that the memos are hit) and differ in the others, on whole series and on
 * spans, on synthetic series and on real daily series when present.
 */
class DwapBreakoutRuleLoopTest {

    private static final List<Map<String, Object>> PARAMS = List.of(
            Map.of(),
            Map.of("period", 50, "threshold", 0.02, "stopLoss", 0.1, "trailingStop", 0.2),
            Map.of("period", 50, "threshold", 0.11223529932324822, "stopLoss", 0.16906569472519228),
            Map.of("period", 201, "threshold", 0.0, "stopLoss", 0.0, "profitTarget", 0.0, "minVolume", 0.0),
            Map.of("period", 201, "threshold", 0.05, "profitTarget", 0.35, "minPrice", 40.0),
            Map.of("period", 120, "threshold", 0.3, "stopLoss", 0.03, "maxHoldDays", 20));

    private static void assertEqualsThePerBarLoop(PriceColumns bars) {
        DwapBreakoutProvider provider = new DwapBreakoutProvider();
        int n = bars.size();
        int[][] spans = {{0, n}, {n / 3, n - n / 5}, {Math.min(n, 250), n}, {0, n / 2}};
        for (int round = 0; round < 2; round++) { // the second round reads the memos the first one filled
            for (Map<String, Object> p : PARAMS) {
                var params = provider.paramSpace().resolve(p);
                for (int[] span : spans) {
                    SignalColumns actual = provider.computeSignals(bars, params, span[0], span[1]);
                    Reference expected = new Reference(bars, params.getInt("period"), params.getDouble("threshold"),
                            params.getDouble("minVolume"), params.getDouble("minPrice"), params.getDouble("stopLoss"),
                            params.getDouble("profitTarget"), span[0], span[1]);
                    String what = bars.symbol() + " " + p + " bars " + span[0] + ".." + span[1];
                    assertThat(actual.entry()).as("entry " + what).isEqualTo(expected.entry);
                    assertThat(actual.strong()).as("strong " + what).isEqualTo(expected.strong);
                    assertBits(actual.rankScore(), expected.rankScore, "rankScore " + what);
                    assertBits(actual.triggerDistance(), expected.triggerDistance, "triggerDistance " + what);
                    assertBits(actual.stopLevel(), expected.stopLevel, "stopLevel " + what);
                    assertBits(actual.targetLevel(), expected.targetLevel, "targetLevel " + what);
                }
            }
        }
    }

    private static void assertBits(double[] actual, double[] expected, String what) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int k = 0; k < actual.length; k++) {
            if (Double.doubleToLongBits(actual[k]) != Double.doubleToLongBits(expected[k])) {
                assertThat(actual[k]).as("%s at element %d", what, k).isEqualTo(expected[k]);
            }
        }
    }

    /** The columns as the former single rule loop computed them, bar by bar. */
    private static final class Reference {
        final boolean[] entry;
        final boolean[] strong;
        final double[] rankScore;
        final double[] triggerDistance;
        final double[] stopLevel;
        final double[] targetLevel;

        Reference(PriceColumns bars, int period, double threshold, double minVolume, double minPrice, double stop,
                double target, int from, int to) {
            double[] close = bars.close();
            double[] volume = bars.volume();
            double[] dwap = DwapIndicator.compute(close, volume, period);
            double[] avgVolume = RollingMeanIndicator.compute(volume, 200);
            double[] sma50 = Sma.of(close, 50);
            double[] sma200 = Sma.of(close, 200);
            int len = to - from;
            entry = new boolean[len];
            strong = new boolean[len];
            rankScore = new double[len];
            triggerDistance = new double[len];
            stopLevel = new double[len];
            targetLevel = new double[len];
            double factor = 1 + threshold;
            for (int i = from; i < to; i++) {
                int k = i - from;
                double c = close[i];
                double d = dwap[i];
                boolean isStrong = volume[i] >= 1.5 * avgVolume[i] && c > sma50[i] && sma50[i] > sma200[i];
                strong[k] = isStrong;
                entry[k] = c >= d * factor && volume[i] >= minVolume && c >= minPrice;
                rankScore[k] = (c / d - 1.0) + (isStrong ? 1.0 : 0.0);
                triggerDistance[k] = d * factor / c - 1.0;
                stopLevel[k] = stop > 0 ? c * (1 - stop) : Double.NaN;
                targetLevel[k] = target > 0 ? c * (1 + target) : Double.NaN;
            }
        }
    }

    @Test
    void syntheticSeries() {
        assertEqualsThePerBarLoop(TestBars.synthetic("UP", 1500, 60, 0.03, 4));
        assertEqualsThePerBarLoop(TestBars.synthetic("FLAT", 900, 20, 0.01, 9));
    }

    @Test
    void realDailySeries() throws IOException {
        var folder = SharedMarketData.dailyFolder();
        assumeTrue(folder.isPresent(), "no real market data (../shared/data/market/daily or SEXTANT_MARKET_DATA)");
        List<Path> files;
        try (var list = Files.list(folder.get())) {
            files = list.filter(f -> f.toString().endsWith(".csv.gz")).sorted().limit(40).toList();
        }
        assertThat(files).hasSize(40);
        for (Path f : files) {
            assertEqualsThePerBarLoop(DailyCsvReader.read(f));
        }
    }
}
