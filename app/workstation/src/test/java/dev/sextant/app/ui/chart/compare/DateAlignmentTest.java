package dev.sextant.app.ui.chart.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.market.Timeframe;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Golden cases worked out by hand: two symbols with different trading days. */
class DateAlignmentTest {

    private static long[] days(String... dates) {
        return Arrays.stream(dates).mapToLong(d -> LocalDate.parse(d).toEpochDay()).toArray();
    }

    @Test
    void aDayTheOtherDidNotTradeCarriesItsLastCloseAndBeforeItsFirstBarThereIsNone() {
        // main: a US symbol, closed on Thursday 4 July 2024
        long[] main = days("2024-07-01", "2024-07-02", "2024-07-03", "2024-07-05", "2024-07-08");
        // other: starts on 2 July, no bar on 3 July, trades on 4 July, no bar on Monday 8 July, trades on 9 July
        long[] other = days("2024-07-02", "2024-07-04", "2024-07-05", "2024-07-09");
        double[] close = {10.0, 11.0, 12.5, 20.0};
        // by hand: 1 Jul before its first bar; 2 Jul its close; 3 Jul carries 2 Jul; 5 Jul its close
        // (the 4 Jul bar is passed over, it was superseded on the 5th); 8 Jul carries 5 Jul, never the 9 Jul close
        assertThat(DateAlignment.closesAt(Timeframe.DAILY, main, other, close))
                .containsExactly(Double.NaN, 10.0, 10.0, 12.5, 12.5);
    }

    @Test
    void theOtherAfterTheLastMainBarIsNeverLookedAtAndAnEmptyOtherHasNoValues() {
        long[] main = days("2024-07-01", "2024-07-02");
        assertThat(DateAlignment.closesAt(Timeframe.DAILY, main, days("2024-07-03"), new double[] {5}))
                .containsExactly(Double.NaN, Double.NaN);
        assertThat(DateAlignment.closesAt(Timeframe.DAILY, main, new long[0], new double[0]))
                .containsExactly(Double.NaN, Double.NaN);
    }

    @Test
    void weeksAndMonthsAreMatchedByPeriodNotByTheirFirstTradingDay() {
        // main's weeks start on Monday 1 and 8 July; the other's first trading days are Tuesday 2 July
        // and Tuesday 9 July (Monday holidays), its week of 15 July is missing
        long[] mainWeeks = days("2024-07-01", "2024-07-08", "2024-07-15");
        long[] otherWeeks = days("2024-07-02", "2024-07-09");
        assertThat(DateAlignment.closesAt(Timeframe.WEEKLY, mainWeeks, otherWeeks, new double[] {7, 8}))
                .containsExactly(7.0, 8.0, 8.0);
        // months: main's January starts on the 2nd, the other's on the 3rd; the other has no February bar
        long[] mainMonths = days("2024-01-02", "2024-02-01", "2024-03-01");
        long[] otherMonths = days("2024-01-03", "2024-03-04");
        assertThat(DateAlignment.closesAt(Timeframe.MONTHLY, mainMonths, otherMonths, new double[] {100, 90}))
                .containsExactly(100.0, 100.0, 90.0);
    }

    @Test
    void intradayBarsAreMatchedByTheirStartTime() {
        long open = LocalDate.parse("2024-07-01").toEpochDay() * 86_400 + 13 * 3600 + 30 * 60;
        long[] main = {open, open + 300, open + 600};
        long[] other = {open + 300};
        assertThat(DateAlignment.closesAt(Timeframe.MINUTE_5, main, other, new double[] {3.5}))
                .containsExactly(Double.NaN, 3.5, 3.5);
    }

    @Test
    void columnsOfDifferentLengthsAreRefusedNamingBoth() {
        assertThatThrownBy(() -> DateAlignment.closesAt(Timeframe.DAILY, new long[1], new long[2], new double[1]))
                .hasMessage("otherTimes (2) and otherClose (1) differ in length");
    }
}
