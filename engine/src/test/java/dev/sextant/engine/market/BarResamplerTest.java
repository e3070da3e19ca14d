package dev.sextant.engine.market;

import dev.sextant.engine.market.calendar.ExchangeCalendars;
import static dev.sextant.engine.market.BarRows.newYork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases: every expected bar below was worked out on paper from the rows above it
 * (first open, highest high, lowest low, last close, adjusted close = close / 2, summed volume).
 * Prices are compared exactly: resampling only copies, compares and adds small whole numbers.
 */
class BarResamplerTest {

    private final BarResampler resampler = new BarResampler(ExchangeCalendars.NYSE);

    /** 2024-03-05 (EST): a pre-market bar, a full first hour, a half-empty second hour, the last minute, a post-close bar. */
    private static PriceColumns tuesdayMinutes() {
        return new BarRows("XYZ", Timeframe.MINUTE_1)
                .at("2024-03-05T09:28", 10, 11, 9, 10, 100)
                .at("2024-03-05T09:30", 20, 22, 19, 21, 10)
                .at("2024-03-05T09:31", 21, 25, 20, 24, 20)
                .at("2024-03-05T10:29", 24, 24, 18, 19, 30)
                .at("2024-03-05T10:45", 30, 31, 29, 30.5, 5)
                .at("2024-03-05T10:46", 30.5, 33, 30, 32, 6)
                .at("2024-03-05T15:59", 40, 41, 39, 40.5, 7)
                .at("2024-03-05T16:00", 50, 60, 45, 55, 1000)
                .build();
    }

    @Test
    void hoursAreAnchoredAtTheOpenStampedWithTheirStartAndLeaveOutBarsOutsideTheSession() {
        PriceColumns h = resampler.resample(tuesdayMinutes(), Timeframe.HOUR_1);

        assertThat(h.timeframe()).isEqualTo(Timeframe.HOUR_1);
        assertThat(h.time()).containsExactly(newYork("2024-03-05T09:30"), newYork("2024-03-05T10:30"),
                newYork("2024-03-05T15:30"));
        assertThat(h.open()).containsExactly(20, 30, 40);
        assertThat(h.high()).containsExactly(25, 33, 41);
        assertThat(h.low()).containsExactly(18, 29, 39);
        assertThat(h.close()).containsExactly(19, 32, 40.5);
        assertThat(h.adjClose()).containsExactly(9.5, 16, 20.25);
        assertThat(h.volume()).containsExactly(60, 11, 7);
    }

    /**
     * 2024-07-03 closes at 13:00 and 2024-07-04 is a holiday: the 12:30 hour ends at 13:00 and
     * holds only the 12:59 bar, the 13:00 bar is after the close, and the holiday's bar is in no hour.
     */
    @Test
    void earlyClosesAndHolidaysComeFromTheCalendar() {
        PriceColumns minutes = new BarRows("XYZ", Timeframe.MINUTE_1)
                .at("2024-07-03T12:59", 10, 12, 9, 11, 5)
                .at("2024-07-03T13:00", 11, 13, 10, 12, 7)
                .at("2024-07-04T10:00", 20, 21, 19, 20, 9)
                .at("2024-07-05T09:30", 30, 31, 29, 30, 3)
                .build();

        PriceColumns h = resampler.resample(minutes, Timeframe.HOUR_1);

        assertThat(h.time()).containsExactly(newYork("2024-07-03T12:30"), newYork("2024-07-05T09:30"));
        assertThat(h.close()).containsExactly(11, 30);
        assertThat(h.volume()).containsExactly(5, 3);
    }

    @Test
    void halfHoursSplitTheFirstHour() {
        PriceColumns m30 = resampler.resample(tuesdayMinutes(), Timeframe.MINUTE_30);

        assertThat(m30.time()).containsExactly(newYork("2024-03-05T09:30"), newYork("2024-03-05T10:00"),
                newYork("2024-03-05T10:30"), newYork("2024-03-05T15:30"));
        assertThat(m30.open()).containsExactly(20, 24, 30, 40);
        assertThat(m30.high()).containsExactly(25, 24, 33, 41);
        assertThat(m30.low()).containsExactly(19, 18, 29, 39);
        assertThat(m30.close()).containsExactly(24, 19, 32, 40.5);
        assertThat(m30.volume()).containsExactly(30, 30, 11, 7);
    }

    @Test
    void theSessionOpenFollowsNewYorkLocalTimeAcrossDaylightSavingChanges() {
        // 2024-03-10 clocks went forward: 09:30 New York is 14:30 UTC on Friday 8 March, 13:30 UTC on Monday 11 March.
        // 2024-11-03 clocks went back: 09:30 is 13:30 UTC on Friday 1 November, 14:30 UTC on Monday 4 November.
        PriceColumns minutes = new BarRows("XYZ", Timeframe.MINUTE_1)
                .add(Instant.parse("2024-03-08T13:45:00Z").getEpochSecond(), 1, 1, 1, 1, 1)  // 08:45 EST: pre-market
                .add(Instant.parse("2024-03-08T14:30:00Z").getEpochSecond(), 2, 2, 2, 2, 2)  // 09:30 EST
                .add(Instant.parse("2024-03-11T13:45:00Z").getEpochSecond(), 3, 3, 3, 3, 3)  // 09:45 EDT
                .add(Instant.parse("2024-03-11T14:30:00Z").getEpochSecond(), 4, 4, 4, 4, 4)  // 10:30 EDT
                .add(Instant.parse("2024-11-01T19:59:00Z").getEpochSecond(), 5, 5, 5, 5, 5)  // 15:59 EDT
                .add(Instant.parse("2024-11-01T20:00:00Z").getEpochSecond(), 6, 6, 6, 6, 6)  // 16:00 EDT: closed
                .add(Instant.parse("2024-11-04T14:30:00Z").getEpochSecond(), 7, 7, 7, 7, 7)  // 09:30 EST
                .add(Instant.parse("2024-11-04T19:59:00Z").getEpochSecond(), 8, 8, 8, 8, 8)  // 14:59 EST
                .build();

        PriceColumns h = resampler.resample(minutes, Timeframe.HOUR_1);

        assertThat(h.time()).containsExactly(
                Instant.parse("2024-03-08T14:30:00Z").getEpochSecond(),
                Instant.parse("2024-03-11T13:30:00Z").getEpochSecond(),
                Instant.parse("2024-03-11T14:30:00Z").getEpochSecond(),
                Instant.parse("2024-11-01T19:30:00Z").getEpochSecond(),
                Instant.parse("2024-11-04T14:30:00Z").getEpochSecond(),
                Instant.parse("2024-11-04T19:30:00Z").getEpochSecond());
        assertThat(h.close()).containsExactly(2, 3, 4, 5, 7, 8);
    }

    @Test
    void fiveMinuteBarsFromMinutesWithGaps() {
        PriceColumns minutes = new BarRows("XYZ", Timeframe.MINUTE_1)
                .at("2024-03-05T09:30", 10, 10.4, 9.9, 10.2, 100)
                .at("2024-03-05T09:32", 10.2, 10.9, 10.1, 10.8, 150)
                .at("2024-03-05T09:34", 10.8, 10.8, 9.5, 9.7, 50)
                .at("2024-03-05T09:36", 9.7, 9.9, 9.6, 9.8, 70)
                .build();

        PriceColumns m5 = resampler.resample(minutes, Timeframe.MINUTE_5);

        assertThat(m5.time()).containsExactly(newYork("2024-03-05T09:30"), newYork("2024-03-05T09:35"));
        assertThat(m5.open()).containsExactly(10, 9.7);
        assertThat(m5.high()).containsExactly(10.9, 9.9);
        assertThat(m5.low()).containsExactly(9.5, 9.6);
        assertThat(m5.close()).containsExactly(9.7, 9.8);
        assertThat(m5.volume()).containsExactly(300, 70);
    }

    @Test
    void aWeekSpanningAMonthAndAYearBoundaryIsOneWeekButTwoMonths() {
        PriceColumns days = new BarRows("XYZ", Timeframe.DAILY)
                .on("2024-12-27", 100, 102, 99, 101, 1)   // Friday
                .on("2024-12-30", 101, 105, 100, 104, 2)  // Monday
                .on("2024-12-31", 104, 106, 103, 103, 3)
                .on("2025-01-02", 103, 104, 97, 98, 4)    // 1 January is a holiday
                .on("2025-01-03", 98, 101, 96, 100, 5)
                .on("2025-01-06", 100, 103, 99, 102, 6)   // Monday
                .build();

        PriceColumns weeks = resampler.resample(days, Timeframe.WEEKLY);
        assertThat(weeks.time()).containsExactly(day("2024-12-27"), day("2024-12-30"), day("2025-01-06"));
        assertThat(weeks.open()).containsExactly(100, 101, 100);
        assertThat(weeks.high()).containsExactly(102, 106, 103);
        assertThat(weeks.low()).containsExactly(99, 96, 99);
        assertThat(weeks.close()).containsExactly(101, 100, 102);
        assertThat(weeks.adjClose()).containsExactly(50.5, 50, 51);
        assertThat(weeks.volume()).containsExactly(1, 14, 6);

        PriceColumns months = resampler.resample(days, Timeframe.MONTHLY);
        assertThat(months.time()).containsExactly(day("2024-12-27"), day("2025-01-02"));
        assertThat(months.open()).containsExactly(100, 103);
        assertThat(months.high()).containsExactly(106, 104);
        assertThat(months.low()).containsExactly(99, 96);
        assertThat(months.close()).containsExactly(103, 102);
        assertThat(months.volume()).containsExactly(6, 15);
    }

    @Test
    void aHolidayWeekIsStampedWithItsFirstTradingDay() {
        PriceColumns days = new BarRows("XYZ", Timeframe.DAILY)
                .on("2024-01-12", 10, 11, 9, 10.5, 100)      // Friday
                .on("2024-01-16", 10.5, 12, 10, 11.5, 200)   // Tuesday: Monday 15th was Martin Luther King Jr. Day
                .on("2024-01-17", 11.5, 11.8, 10.2, 10.8, 300)
                .on("2024-01-19", 10.8, 13, 10.7, 12.9, 400)
                .on("2024-01-22", 13, 13.5, 12.5, 13.2, 500)
                .build();

        PriceColumns weeks = resampler.resample(days, Timeframe.WEEKLY);

        assertThat(weeks.time()).containsExactly(day("2024-01-12"), day("2024-01-16"), day("2024-01-22"));
        assertThat(weeks.date(1)).isEqualTo(LocalDate.of(2024, 1, 16));
        assertThat(weeks.open()).containsExactly(10, 10.5, 13);
        assertThat(weeks.high()).containsExactly(11, 13, 13.5);
        assertThat(weeks.low()).containsExactly(9, 10, 12.5);
        assertThat(weeks.close()).containsExactly(10.5, 12.9, 13.2);
        assertThat(weeks.volume()).containsExactly(100, 900, 500);
    }

    @Test
    void theSameTimeframeIsReturnedAsItIs() {
        PriceColumns minutes = tuesdayMinutes();
        assertThat(resampler.resample(minutes, Timeframe.MINUTE_1)).isSameAs(minutes);
    }

    @Test
    void anEmptySeriesResamplesToAnEmptySeries() {
        PriceColumns none = resampler.resample(PriceColumns.empty("XYZ", Timeframe.DAILY), Timeframe.MONTHLY);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.timeframe()).isEqualTo(Timeframe.MONTHLY);
    }

    @Test
    void timeframesThatCannotBeBuiltAreRefusedByName() {
        PriceColumns days = new BarRows("XYZ", Timeframe.DAILY).on("2024-01-12", 10, 11, 9, 10.5, 100).build();
        assertThatThrownBy(() -> resampler.resample(days, Timeframe.HOUR_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot build 1h bars of XYZ from 1d bars");
        assertThatThrownBy(() -> resampler.resample(tuesdayMinutes(), Timeframe.DAILY))
                .hasMessage("cannot build 1d bars of XYZ from 1m bars");
    }

    @Test
    void aBarOffTheSourceGridIsRejectedNamingItsTime() {
        PriceColumns odd = new BarRows("XYZ", Timeframe.MINUTE_1)
                .add(newYork("2024-03-05T09:30") + 30, 1, 1, 1, 1, 1)
                .build();
        assertThatThrownBy(() -> resampler.resample(odd, Timeframe.MINUTE_5))
                .hasMessage("XYZ 1m bar at 2024-03-05T14:30:30Z does not start on the 1m grid of the session"
                        + " opening at 2024-03-05T14:30:00Z");
    }

    private static long day(String date) {
        return LocalDate.parse(date).toEpochDay();
    }
}
