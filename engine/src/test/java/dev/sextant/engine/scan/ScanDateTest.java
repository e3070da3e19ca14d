package dev.sextant.engine.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanDateTest {

    private static final long DAY0 = LocalDate.of(2024, 1, 1).toEpochDay();

    /** A series with bars on days DAY0 .. DAY0+last (every calendar day, prices irrelevant). */
    private static PriceColumns until(String symbol, int last) {
        int n = last + 1;
        long[] t = new long[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = DAY0 + i;
            x[i] = 10;
        }
        return new PriceColumns(symbol, Timeframe.DAILY, t, x, x, x, x, x, x);
    }

    @Test
    void aFewSeriesAheadOrBehindDoNotMoveTheDate() {
        List<PriceColumns> series = List.of(until("A", 100), until("B", 100), until("C", 100), until("D", 103),
                until("E", 40));
        assertThat(ScanDate.latestShared(series)).isEqualTo(LocalDate.ofEpochDay(DAY0 + 100));
    }

    @Test
    void exactlyHalfIsEnough() {
        List<PriceColumns> series = List.of(until("A", 90), until("B", 90), until("C", 95), until("D", 95));
        assertThat(ScanDate.latestShared(series)).isEqualTo(LocalDate.ofEpochDay(DAY0 + 95));
    }

    @Test
    void noBarsAtAllIsAnError() {
        assertThatThrownBy(() -> ScanDate.latestShared(List.of(PriceColumns.empty("A", Timeframe.DAILY))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no bars");
    }
}
