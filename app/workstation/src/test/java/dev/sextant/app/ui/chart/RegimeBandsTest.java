package dev.sextant.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.regime.MarketRegime;
import java.time.LocalDate;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Regime bands of a hand-made series: runs merge, gaps in the index carry at most a week, bars before the first day have none. */
class RegimeBandsTest {

    private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

    /** Daily bars on {@code D0 + offsets[i]} days. */
    private static PriceColumns bars(int... offsets) {
        long[] t = new long[offsets.length];
        double[] p = new double[offsets.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = D0.plusDays(offsets[i]).toEpochDay();
            p[i] = 100;
        }
        return new PriceColumns("X", Timeframe.DAILY, t, p, p, p, p, p, p);
    }

    @Test
    void consecutiveBarsOfOneRegimeFormOneBandAndGapsCarryAWeekAtMost() {
        TreeMap<LocalDate, MarketRegime> byDate = new TreeMap<>();
        byDate.put(D0.plusDays(2), MarketRegime.STRONG_BULL);
        byDate.put(D0.plusDays(3), MarketRegime.STRONG_BULL);
        byDate.put(D0.plusDays(4), MarketRegime.WEAK_BEAR);
        byDate.put(D0.plusDays(10), MarketRegime.PANIC_CRASH);
        // bars: day 0, 1 before the first regime; 2, 3 bull; 4 bear; 6 (no index bar: carries bear from day 4);
        // 10 crash; 17 (7 days after 10: carried); 18 (8 days after: none); 19 none
        RegimeBands bands = RegimeBands.of(bars(0, 1, 2, 3, 4, 6, 10, 17, 18, 19), byDate, "IDX");

        assertThat(bands.from()).containsExactly(2, 4, 6);
        assertThat(bands.to()).containsExactly(4, 6, 8);
        assertThat(bands.regime()).containsExactly(MarketRegime.STRONG_BULL, MarketRegime.WEAK_BEAR, MarketRegime.PANIC_CRASH);
        assertThat(bands.at(0)).isNull();
        assertThat(bands.at(3)).isEqualTo(MarketRegime.STRONG_BULL);
        assertThat(bands.at(5)).isEqualTo(MarketRegime.WEAK_BEAR);
        assertThat(bands.at(7)).isEqualTo(MarketRegime.PANIC_CRASH);
        assertThat(bands.at(8)).isNull();
        assertThat(bands.firstEndingAfter(0)).isZero();
        assertThat(bands.firstEndingAfter(3)).isZero();
        assertThat(bands.firstEndingAfter(4)).isEqualTo(1);
        assertThat(bands.firstEndingAfter(9)).isEqualTo(3);
        assertThat(bands.source()).isEqualTo("IDX");
    }

    @Test
    void noClassifiedDayGivesNoBand() {
        RegimeBands bands = RegimeBands.of(bars(0, 1, 2), new TreeMap<>(), "IDX");
        assertThat(bands.size()).isZero();
        assertThat(bands.at(1)).isNull();
    }
}
