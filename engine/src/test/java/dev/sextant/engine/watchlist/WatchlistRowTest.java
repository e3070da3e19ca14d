package dev.sextant.engine.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The watchlist row's numbers against values worked out by hand. */
class WatchlistRowTest {

    private static PriceColumns daily(double[] close, double[] volume) {
        long[] time = IntStream.range(0, close.length).mapToLong(i -> 20_000 + i).toArray();
        return new PriceColumns("ABC", Timeframe.DAILY, time, close, close, close, close, close, volume);
    }

    @Test
    void lastChangeAndPercentComeFromTheLastTwoCloses() {
        // previous close 50.00, last 51.25: change +1.25, +1.25 / 50 = +2.5 %
        WatchlistRow row = WatchlistRow.of(daily(new double[] {48.0, 50.0, 51.25}, new double[] {900, 1000, 1_234_567}));

        assertThat(row.symbol()).isEqualTo("ABC");
        assertThat(row.last()).isEqualTo(51.25);
        assertThat(row.change()).isCloseTo(1.25, within(1e-12));
        assertThat(row.changePct()).isCloseTo(2.5, within(1e-12));
        assertThat(row.volume()).isEqualTo(1_234_567);
        assertThat(row.lastTime()).isEqualTo(20_002);
        assertThat(row.spark()).containsExactly(48.0, 50.0, 51.25);
    }

    @Test
    void aFallIsNegative() {
        // 80 -> 76: -4, -4 / 80 = -5 %
        WatchlistRow row = WatchlistRow.of(daily(new double[] {80, 76}, new double[] {1, 2}));
        assertThat(row.change()).isCloseTo(-4, within(1e-12));
        assertThat(row.changePct()).isCloseTo(-5, within(1e-12));
    }

    @Test
    void theSparklineHoldsTheLastSixtyCloses() {
        double[] close = IntStream.range(0, 100).mapToDouble(i -> 10 + i).toArray();
        WatchlistRow row = WatchlistRow.of(daily(close, new double[100]));
        assertThat(row.spark()).hasSize(60);
        assertThat(row.spark()[0]).isEqualTo(50.0); // close of bar 40 = 10 + 40
        assertThat(row.spark()[59]).isEqualTo(109.0);
    }

    @Test
    void oneBarHasNoChangeAndNoBarsHaveNothing() {
        WatchlistRow one = WatchlistRow.of(daily(new double[] {12.5}, new double[] {7}));
        assertThat(one.last()).isEqualTo(12.5);
        assertThat(one.change()).isNaN();
        assertThat(one.changePct()).isNaN();

        WatchlistRow none = WatchlistRow.of(PriceColumns.empty("ZZZ", Timeframe.DAILY));
        assertThat(none.hasBars()).isFalse();
        assertThat(none.last()).isNaN();
        assertThat(none.spark()).isEmpty();
    }
}
