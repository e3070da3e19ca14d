package dev.sextant.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A Monday–Friday session calendar with rule-based US exchange holidays.
 *
 * <p>Holidays: New Year's Day, Martin Luther King Jr. Day (third Monday of January), Washington's
 * Birthday (third Monday of February), Good Friday, Memorial Day (last Monday of May), Juneteenth
 * (from 2022), Independence Day, Labor Day (first Monday of September), Thanksgiving (fourth
 * Thursday of November) and Christmas. A fixed-date holiday on a Sunday is observed on Monday and
 * on a Saturday on the Friday before, except New Year's Day on a Saturday, which is not observed
 * (the exchange does not close on the last trading day of the year). Sessions run 09:30–16:00
 * New York time, except the early closes at 13:00: 3 July and 24 December when they fall on a
 * Monday to Thursday, and the day after Thanksgiving (the rules of the engine's NYSE calendar).
 * One-off closures (for example 2012-10-29/30, 2018-12-05) are not modelled.
 */
final class TradingCalendar {

    static final LocalTime OPEN = LocalTime.of(9, 30);
    static final LocalTime CLOSE = LocalTime.of(16, 0);
    static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);

    private TradingCalendar() {
    }

    static List<LocalDate> sessions(LocalDate first, LocalDate last) {
        List<LocalDate> sessions = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isSession(day)) {
                sessions.add(day);
            }
        }
        return sessions;
    }

    static boolean isSession(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** The end of the regular session of a session day. */
    static LocalTime close(LocalDate session) {
        return isEarlyClose(session) ? EARLY_CLOSE : CLOSE;
    }

    static boolean isEarlyClose(LocalDate day) {
        int year = day.getYear();
        boolean mondayToThursday = day.getDayOfWeek().getValue() <= DayOfWeek.THURSDAY.getValue();
        return mondayToThursday && (day.equals(LocalDate.of(year, Month.JULY, 3))
                || day.equals(LocalDate.of(year, Month.DECEMBER, 24)))
                || day.equals(nthWeekday(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY).plusDays(1));
    }

    static boolean isHoliday(LocalDate day) {
        int year = day.getYear();
        return day.equals(newYearObserved(year))
                || day.equals(nthWeekday(year, Month.JANUARY, 3, DayOfWeek.MONDAY))
                || day.equals(nthWeekday(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY))
                || day.equals(easterSunday(year).minusDays(2))
                || day.equals(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))
                || (year >= 2022 && day.equals(observed(LocalDate.of(year, Month.JUNE, 19))))
                || day.equals(observed(LocalDate.of(year, Month.JULY, 4)))
                || day.equals(nthWeekday(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY))
                || day.equals(nthWeekday(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY))
                || day.equals(observed(LocalDate.of(year, Month.DECEMBER, 25)));
    }

    private static LocalDate newYearObserved(int year) {
        LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
        return newYear.getDayOfWeek() == DayOfWeek.SUNDAY ? newYear.plusDays(1) : newYear;
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static LocalDate nthWeekday(int year, Month month, int n, DayOfWeek weekday) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
