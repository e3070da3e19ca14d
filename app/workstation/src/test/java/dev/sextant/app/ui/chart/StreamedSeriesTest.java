package dev.sextant.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.StreamedBar;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamedSeriesTest {

    private static final long T0 = 1_700_000_040L; // a whole minute

    private static PriceColumns minutes(double... closes) {
        int n = closes.length;
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = T0 + 120L * i; // every other minute, so that a bar can be inserted between two
            v[i] = 100;
        }
        return new PriceColumns("SPY", Timeframe.MINUTE_1, t, closes.clone(), closes.clone(), closes.clone(), closes.clone(),
                closes.clone(), v);
    }

    private static StreamedBar bar(String symbol, long time, double close) {
        return new StreamedBar(symbol, Instant.ofEpochSecond(time), close, close, close, close, 7, false);
    }

    @Test
    void replacesAppendsAndInsertsInTimeOrderTheLaterArrivalWinning() {
        PriceColumns bars = minutes(10, 11, 12);
        PriceColumns merged = StreamedSeries.merge(bars, List.of(
                bar("SPY", T0 + 240, 12.5),      // correction of the last bar
                bar("SPY", T0 + 300, 13),        // new minute after it
                bar("SPY", T0 + 60, 10.5),       // a late minute between the first two
                bar("QQQ", T0 + 360, 99),        // another symbol
                bar("SPY", T0 + 300, 13.25)));   // the same new minute again, corrected

        assertThat(merged.time()).containsExactly(T0, T0 + 60, T0 + 120, T0 + 240, T0 + 300);
        assertThat(merged.close()).containsExactly(10, 10.5, 11, 12.5, 13.25);
        assertThat(merged.adjClose()).containsExactly(10, 10.5, 11, 12.5, 13.25);
        assertThat(merged.volume()).containsExactly(100, 7, 100, 7, 7);
    }

    @Test
    void otherSymbolsLeaveTheSeriesAsItIsAndCoarserTimeframesAreRefused() {
        PriceColumns bars = minutes(10, 11);
        assertThat(StreamedSeries.merge(bars, List.of(bar("QQQ", T0 + 600, 5)))).isSameAs(bars);
        PriceColumns daily = new PriceColumns("SPY", Timeframe.DAILY, new long[] {20000}, new double[] {1}, new double[] {1},
                new double[] {1}, new double[] {1}, new double[] {1}, new double[] {1});
        assertThatThrownBy(() -> StreamedSeries.merge(daily, List.of())).hasMessageContaining("SPY 1d");
    }
}
