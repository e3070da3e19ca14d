package dev.sextant.engine.market.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Golden dates copied from the NYSE's published holiday and early-close schedules (2021-2027),
 * not derived from the rules under test.
 */
class NyseCalendarTest {

    private final ExchangeCalendar nyse = ExchangeCalendars.NYSE;

    @Test
    void holidaysOfPublishedYearsAreClosedAndNothingElseIsOnAWeekday() {
        List<LocalDate> published = Stream.of(
                // 2024
                "2024-01-01", "2024-01-15", "2024-02-19", "2024-03-29", "2024-05-27", "2024-06-19", "2024-07-04",
                "2024-09-02", "2024-11-28", "2024-12-25",
                // 2025 (9 January: national day of mourning for President Carter)
                "2025-01-01", "2025-01-09", "2025-01-20", "2025-02-17", "2025-04-18", "2025-05-26", "2025-06-19",
                "2025-07-04", "2025-09-01", "2025-11-27", "2025-12-25",
                // 2026: Independence Day on a Saturday, kept on Friday 3 July
                "2026-01-01", "2026-01-19", "2026-02-16", "2026-04-03", "2026-05-25", "2026-06-19", "2026-07-03",
                "2026-09-07", "2026-11-26", "2026-12-25",
                // 2027: Juneteenth and Christmas on Saturdays, Independence Day on a Sunday
                "2027-01-01", "2027-01-18", "2027-02-15", "2027-03-26", "2027-05-31", "2027-06-18", "2027-07-05",
                "2027-09-06", "2027-11-25", "2027-12-24").map(LocalDate::parse).toList();
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2028, 1, 1)); d = d.plusDays(1)) {
            boolean weekday = d.getDayOfWeek().getValue() <= 5;
            assertThat(nyse.isTradingDay(d)).as(d.toString()).isEqualTo(weekday && !published.contains(d));
        }
    }

    @Test
    void newYearOnASaturdayLeavesTheLastDayOfTheYearOpen() {
        assertThat(nyse.isTradingDay(LocalDate.of(2021, 12, 31))).isTrue();
        assertThat(nyse.isTradingDay(LocalDate.of(2022, 1, 3))).isTrue();
        assertThat(nyse.isTradingDay(LocalDate.of(2022, 12, 26))).isFalse(); // Christmas on a Sunday
        assertThat(nyse.isTradingDay(LocalDate.of(2021, 6, 18))).isTrue();   // before Juneteenth was a holiday
    }

    @Test
    void earlyClosesAreAtOnePmNewYorkTime() {
        for (String d : List.of("2024-07-03", "2024-11-29", "2024-12-24", "2025-07-03", "2025-11-28", "2025-12-24",
                "2026-11-27", "2026-12-24", "2023-07-03", "2018-12-24")) {
            TradingSession s = nyse.session(LocalDate.parse(d)).orElseThrow();
            assertThat(s.earlyClose()).as(d).isTrue();
            assertThat(s.closeTime()).isEqualTo(LocalTime.of(13, 0));
        }
        // 2024-07-03 13:00 EDT is 17:00 UTC
        assertThat(nyse.session(LocalDate.of(2024, 7, 3)).orElseThrow().close())
                .isEqualTo(Instant.parse("2024-07-03T17:00:00Z").getEpochSecond());
        // no early close the day before an Independence Day kept on a Friday or a Monday, nor on 2 July
        for (String d : List.of("2026-07-02", "2020-07-02", "2021-07-02", "2022-07-01", "2024-07-02")) {
            assertThat(nyse.session(LocalDate.parse(d)).orElseThrow().earlyClose()).as(d).isFalse();
        }
    }

    @Test
    void sessionsFollowNewYorkDaylightSavingTime() {
        assertThat(nyse.session(LocalDate.of(2024, 3, 8)).orElseThrow().open())
                .isEqualTo(Instant.parse("2024-03-08T14:30:00Z").getEpochSecond());
        TradingSession summer = nyse.session(LocalDate.of(2024, 3, 11)).orElseThrow();
        assertThat(summer.open()).isEqualTo(Instant.parse("2024-03-11T13:30:00Z").getEpochSecond());
        assertThat(summer.seconds()).isEqualTo(390 * 60);
        assertThat(nyse.sessionAt(summer.open())).contains(summer);
        assertThat(nyse.sessionAt(summer.close())).isEmpty();
        assertThat(nyse.sessionAt(summer.open() - 60)).isEmpty();
    }

    @Test
    void goodFridayFollowsEaster() {
        // Easter Sundays from published tables
        assertThat(NyseCalendar.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(NyseCalendar.easterSunday(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
        assertThat(NyseCalendar.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(NyseCalendar.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(nyse.isTradingDay(LocalDate.of(2038, 4, 23))).isFalse();
        assertThat(nyse.isTradingDay(LocalDate.of(2038, 4, 26))).isTrue(); // Easter Monday trades
    }

    @Test
    void closuresCanBeAddedAndCalendarsAreFoundById() {
        NyseCalendar storm = NyseCalendar.nyse().withClosures(Set.of(LocalDate.of(2030, 10, 8)));
        assertThat(storm.isTradingDay(LocalDate.of(2030, 10, 8))).isFalse();
        assertThat(nyse.isTradingDay(LocalDate.of(2030, 10, 8))).isTrue();
        assertThat(ExchangeCalendars.of("xnas").zone()).isEqualTo(nyse.zone());
        assertThatThrownBy(() -> ExchangeCalendars.of("XLON"))
                .hasMessage("unknown exchange calendar 'XLON' (expected one of XNYS, XNAS)");
    }
}
