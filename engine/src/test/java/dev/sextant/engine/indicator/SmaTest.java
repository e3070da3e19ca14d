package dev.sextant.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SharedMarketData;
import dev.sextant.engine.market.Timeframe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The primitive SMA equals Ta4j's {@code SMAIndicator} as {@link StandardIndicators#sma} reads it, bit for bit (no
 * tolerance needed: both keep a running total in the same order), on a hand case and on every real daily series.
 */
class SmaTest {

    private static final int[] PERIODS = {1, 2, 9, 20, 50, 200};

    private static PriceColumns closes(double... c) {
        long[] t = new long[c.length];
        for (int i = 0; i < c.length; i++) {
            t[i] = 18_000 + i;
        }
        return new PriceColumns("X", Timeframe.DAILY, t, c, c, c, c, c, c);
    }

    private static void assertEqualToTa4j(PriceColumns bars) {
        var series = Ta4jSeriesAdapter.toSeries(bars);
        for (int p : PERIODS) {
            double[] ta4j = StandardIndicators.sma(series, p);
            double[] mine = Sma.of(bars.close(), p);
            for (int i = 0; i < ta4j.length; i++) {
                assertThat(Double.doubleToLongBits(mine[i])).as("%s SMA(%d) at %d: %s vs Ta4j %s", bars.symbol(), p, i,
                        mine[i], ta4j[i]).isEqualTo(Double.doubleToLongBits(ta4j[i]));
            }
        }
    }

    @Test
    void aHandComputedCase() {
        double[] sma3 = Sma.of(new double[] {1, 2, 3, 4, 10}, 3);
        assertThat(sma3[0]).isNaN();
        assertThat(sma3[1]).isNaN();
        assertThat(sma3[2]).isEqualTo(2.0); // (1 + 2 + 3) / 3
        assertThat(sma3[3]).isEqualTo(3.0); // (2 + 3 + 4) / 3
        assertThat(sma3[4]).isCloseTo(17.0 / 3, org.assertj.core.data.Offset.offset(1e-15)); // (3 + 4 + 10) / 3
        assertEqualToTa4j(closes(1, 2, 3, 4, 10, 0.1, 0.7, 1e6, 3.3, 2.2));
        assertThatThrownBy(() -> Sma.of(new double[] {1}, 0)).hasMessage("SMA period must be at least 1, got 0");
    }

    @Test
    void everyRealDailySeriesEqualsTa4j() throws IOException {
        List<Path> files = SharedMarketData.dailyFilesOrSkip();
        for (Path f : files) {
            assertEqualToTa4j(closes(f));
        }
    }

    /** The close column of one of the real files ({@code date,open,high,low,close,adj_close,volume}). */
    private static PriceColumns closes(Path file) throws IOException {
        List<Double> values = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file))))) {
            int column = List.of(r.readLine().split(",")).indexOf("close");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                values.add(Double.parseDouble(line.split(",")[column]));
            }
        }
        PriceColumns p = closes(values.stream().mapToDouble(Double::doubleValue).toArray());
        return new PriceColumns(file.getFileName().toString(), p.timeframe(), p.time(), p.open(), p.high(), p.low(),
                p.close(), p.adjClose(), p.volume());
    }
}
