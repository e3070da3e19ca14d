package dev.sextant.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.DailyCsvReader;
import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SharedMarketData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DWAP computed for a span of bars alone equals, bit for bit, the whole series' DWAP on that span: spans starting
 * before, at and after the from-scratch points (multiples of 1024), periods shorter and longer than them, empty spans,
 * on a long synthetic series and on every real daily series.
 */
class DwapSpanTest {

    private static final int[] PERIODS = {1, 5, 50, 200, 300, 1100};

    private static void assertSpansEqualWhole(PriceColumns bars) {
        int n = bars.size();
        int[] starts = {0, 1, 199, 1023, 1024, 1025, 2047, 2048, 2500, n / 2, n - 1, n};
        for (int period : PERIODS) {
            double[] whole = DwapIndicator.compute(bars.close(), bars.volume(), period);
            for (int from : starts) {
                if (from > n) {
                    continue;
                }
                for (int to : new int[] {from, Math.min(n, from + 1), Math.min(n, from + 504), n}) {
                    double[] span = DwapIndicator.compute(bars.close(), bars.volume(), period, from, to);
                    assertThat(span).hasSize(to - from);
                    for (int k = 0; k < span.length; k++) {
                        assertThat(Double.doubleToLongBits(span[k]))
                                .as("%s DWAP(%d) on %d..%d at bar %d: %s vs %s", bars.symbol(), period, from, to, from + k,
                                        span[k], whole[from + k])
                                .isEqualTo(Double.doubleToLongBits(whole[from + k]));
                    }
                }
            }
        }
    }

    @Test
    void aSpanEqualsTheWholeSeriesThere() {
        assertSpansEqualWhole(TestBars.synthetic("LONG", 5000, 100, 0.01, 2));
    }

    @Test
    void aSpanOutsideTheSeriesIsRefused() {
        double[] c = {1, 2, 3};
        assertThatThrownBy(() -> DwapIndicator.compute(c, c, 2, 2, 4)).hasMessage("bars 2 to 4 are not inside 0 to 3");
        assertThatThrownBy(() -> DwapIndicator.compute(c, c, 2, 2, 1)).hasMessage("bars 2 to 1 are not inside 0 to 3");
        assertThatThrownBy(() -> DwapIndicator.compute(c, c, 0, 0, 3)).hasMessage("dwap period must be >= 1, got 0");
    }

    @Test
    void everyRealDailySeries() throws IOException {
        List<Path> files = SharedMarketData.dailyFilesOrSkip();
        for (Path f : files) {
            assertSpansEqualWhole(DailyCsvReader.read(f));
        }
    }
}
