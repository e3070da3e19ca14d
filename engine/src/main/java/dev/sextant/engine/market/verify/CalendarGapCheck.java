package dev.sextant.engine.market.verify;

import dev.sextant.engine.market.PriceColumns;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags missing bars.
 *
 * <p>Daily: two consecutive bars more than {@code maxCalendarDays} calendar days apart. With the
 * default 4, a weekend (Friday to Monday, 3 days) and a weekend plus one holiday (4 days) pass,
 * while a whole missing week or the market closure after 2001-09-11 (7 days) is reported. There
 * is no exchange calendar, so a single missing weekday inside a normal week is not detected.
 *
 * <p>Intraday: a session is one calendar day in the exchange zone. Two consecutive bars of the
 * same session further apart than the timeframe's spacing are a gap; the time before the first
 * and after the last bar of a session is not checked (session hours are not known).
 */
final class CalendarGapCheck implements BarCheck {

    private static final long SECONDS_PER_MINUTE = 60;

    private final int maxCalendarDays;
    private final ZoneId exchangeZone;

    CalendarGapCheck(int maxCalendarDays, ZoneId exchangeZone) {
        this.maxCalendarDays = maxCalendarDays;
        this.exchangeZone = exchangeZone;
    }

    @Override
    public List<Finding> inspect(PriceColumns series) {
        return series.timeframe().isIntraday() ? intradayGaps(series) : dailyGaps(series);
    }

    private List<Finding> dailyGaps(PriceColumns series) {
        List<Finding> findings = new ArrayList<>();
        long[] time = series.time();
        for (int i = 1; i < time.length; i++) {
            long days = time[i] - time[i - 1];
            if (days > maxCalendarDays) {
                LocalDate previous = LocalDate.ofEpochDay(time[i - 1]);
                findings.add(Finding.of(series, i, FindingKind.CALENDAR_GAP, days + " calendar days since " + previous
                        + " (" + weekdaysBetween(previous, LocalDate.ofEpochDay(time[i])) + " weekdays without a bar)"));
            }
        }
        return findings;
    }

    private List<Finding> intradayGaps(PriceColumns series) {
        List<Finding> findings = new ArrayList<>();
        long[] time = series.time();
        long spacing = series.timeframe().spacing().toSeconds();
        for (int i = 1; i < time.length; i++) {
            long seconds = time[i] - time[i - 1];
            if (seconds > spacing && sessionDate(time[i]).equals(sessionDate(time[i - 1]))) {
                LocalTime from = Instant.ofEpochSecond(time[i - 1]).atZone(exchangeZone).toLocalTime();
                findings.add(Finding.of(series, i, FindingKind.CALENDAR_GAP, (seconds - spacing) / SECONDS_PER_MINUTE
                        + " minutes without a bar after " + from + " " + exchangeZone.getId()
                        + " (bars every " + series.timeframe().code() + ")"));
            }
        }
        return findings;
    }

    private LocalDate sessionDate(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), exchangeZone);
    }

    /** Monday-to-Friday days strictly between the two dates. */
    private static long weekdaysBetween(LocalDate first, LocalDate last) {
        return first.plusDays(1).datesUntil(last)
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .count();
    }
}
