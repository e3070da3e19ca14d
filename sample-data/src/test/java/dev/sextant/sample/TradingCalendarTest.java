package dev.sextant.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule-based calendar against the real NYSE calendar of a few years. */
class TradingCalendarTest {

    @Test
    void sessionCountsMatchTheExchangeInYearsWithoutOneOffClosures() {
        assertThat(TradingCalendar.sessions(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))).hasSize(250);
        assertThat(TradingCalendar.sessions(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).hasSize(252);
        assertThat(TradingCalendar.sessions(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))).hasSize(252);
    }

    @Test
    void knownHolidaysAreClosed() {
        assertThat(TradingCalendar.isSession(LocalDate.of(2024, 3, 29))).as("Good Friday 2024").isFalse();
        assertThat(TradingCalendar.isSession(LocalDate.of(2024, 6, 19))).as("Juneteenth 2024").isFalse();
        assertThat(TradingCalendar.isSession(LocalDate.of(2024, 11, 28))).as("Thanksgiving 2024").isFalse();
        assertThat(TradingCalendar.isSession(LocalDate.of(2020, 7, 3))).as("Independence Day observed").isFalse();
        assertThat(TradingCalendar.isSession(LocalDate.of(2022, 12, 26))).as("Christmas observed").isFalse();
        assertThat(TradingCalendar.isSession(LocalDate.of(2017, 1, 2))).as("New Year observed").isFalse();
    }

    @Test
    void ordinaryDaysAndUnobservedHolidaysAreOpen() {
        assertThat(TradingCalendar.isSession(LocalDate.of(2021, 12, 31)))
                .as("New Year 2022 fell on a Saturday and is not observed on Friday").isTrue();
        assertThat(TradingCalendar.isSession(LocalDate.of(2021, 6, 18))).as("Juneteenth before 2022").isTrue();
        assertThat(TradingCalendar.isSession(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(TradingCalendar.isSession(LocalDate.of(2024, 12, 28))).as("Saturday").isFalse();
    }

    @Test
    void easterDatesAreRight() {
        assertThat(TradingCalendar.easterSunday(2009)).isEqualTo(LocalDate.of(2009, 4, 12));
        assertThat(TradingCalendar.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(TradingCalendar.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    /** The NYSE's published early closes of 2024 and 2025, and days that look like them but close at 16:00. */
    @Test
    void earlyClosesEndAtOnePm() {
        for (LocalDate early : List.of(LocalDate.of(2024, 7, 3), LocalDate.of(2024, 11, 29), LocalDate.of(2024, 12, 24),
                LocalDate.of(2025, 7, 3), LocalDate.of(2025, 11, 28), LocalDate.of(2025, 12, 24))) {
            assertThat(TradingCalendar.close(early)).as(early.toString()).isEqualTo(LocalTime.of(13, 0));
        }
        for (LocalDate full : List.of(LocalDate.of(2020, 7, 2), LocalDate.of(2020, 12, 24).plusDays(7),
                LocalDate.of(2024, 12, 23), LocalDate.of(2024, 12, 31), LocalDate.of(2021, 12, 23))) {
            assertThat(TradingCalendar.close(full)).as(full.toString()).isEqualTo(LocalTime.of(16, 0));
        }
    }
}
