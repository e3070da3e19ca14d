package dev.sextant.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.DailyCsvReader;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SharedMarketData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DwapIndicator} computes two blocks of bars at once; this holds it equal, bit for bit, to the plain rolling
 * loop it replaced (below, as it was): random series with stretches of zero volume, periods around and beyond the
 * block length, spans starting before, at and after block boundaries; and every real daily series when present.
 */
class DwapBlockPairTest {

    /** The loop before #24's interleaving: one bar after the other, from scratch at multiples of 1024 at or after n. */
    private static double[] plainLoop(double[] close, double[] volume, int n, int from, int to) {
        double[] out = new double[to - from];
        int restart = from / 1024 * 1024;
        int start = restart >= n ? restart : 0;
        double pv = 0;
        double v = 0;
        for (int i = start; i < to; i++) {
            if (i >= n && i % 1024 == 0) {
                pv = 0;
                v = 0;
                for (int k = i - n + 1; k <= i; k++) {
                    pv += close[k] * volume[k];
                    v += volume[k];
                }
            } else {
                pv += close[i] * volume[i];
                v += volume[i];
                if (i >= n) {
                    pv -= close[i - n] * volume[i - n];
                    v -= volume[i - n];
                }
            }
            if (i >= from) {
                out[i - from] = i < n - 1 || v <= 0 ? Double.NaN : pv / v;
            }
        }
        return out;
    }

    private static void assertSameBits(String what, double[] close, double[] volume, int n, int from, int to) {
        double[] expected = plainLoop(close, volume, n, from, to);
        double[] actual = DwapIndicator.compute(close, volume, n, from, to);
        assertThat(actual).hasSize(expected.length);
        for (int k = 0; k < actual.length; k++) {
            if (Double.doubleToLongBits(actual[k]) != Double.doubleToLongBits(expected[k])) {
                assertThat(actual[k]).as("%s DWAP(%d) on %d..%d at bar %d", what, n, from, to, from + k)
                        .isEqualTo(expected[k]);
            }
        }
    }

    @Test
    void equalsThePlainLoopOnRandomSeries() {
        SplittableRandom random = new SplittableRandom(24);
        for (int length : new int[] {1, 7, 1023, 1024, 1025, 2048, 3071, 3073, 5000, 6200}) {
            double[] close = new double[length];
            double[] volume = new double[length];
            for (int i = 0; i < length; i++) {
                close[i] = 10 + 90 * random.nextDouble();
                volume[i] = random.nextInt(20) == 0 ? 0 : Math.floor(1e6 * random.nextDouble());
            }
            for (int n : new int[] {1, 2, 50, 200, 1023, 1024, 1025, 2100}) {
                for (int from : new int[] {0, 1, 500, 1023, 1024, 1025, 2047, 2048, 3000, length / 2, length}) {
                    for (int to : new int[] {from, from + 1, from + 1024, from + 2048, from + 2500, length}) {
                        if (from <= length && to >= from && to <= length) {
                            assertSameBits("random " + length, close, volume, n, from, to);
                        }
                    }
                }
            }
        }
    }

    @Test
    void equalsThePlainLoopOnRealSeries() throws IOException {
        for (Path file : SharedMarketData.dailyFilesOrSkip()) {
            PriceColumns bars = DailyCsvReader.read(file);
            int n = bars.size();
            for (int period : new int[] {50, 200, 300}) {
                for (int from : new int[] {0, n / 3, n / 2}) {
                    assertSameBits(bars.symbol(), bars.close(), bars.volume(), period, from, n);
                }
            }
        }
    }
}
