package dev.sextant.engine.market.verify;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.calendar.ExchangeCalendar;
import dev.sextant.engine.market.calendar.TradingSession;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags missing bars.
 *
 * <p>Daily: two consecutive bars more than {@code maxCalendarDays} calendar days apart. With the
 * default 4, a weekend (Friday to Monday, 3 days) and a weekend plus one holiday (4 days) pass,
 * while a whole missing week or the market closure after 2001-09-11 (7 days) is reported.
 *
 * <p>Intraday: inside each regular session of the exchange calendar, every run of missing bars
 * on the timeframe's grid from the open is one finding, at the bar after the run: between two
 * bars, after the open before the first bar, and (at the last bar) before the close. A trading day
 * without any bar between the series' first and last bar is one finding at the next bar. The
 * series' first session is not checked before its first bar, nor its last after its last bar
 * (the data may start or end inside them). Bars outside sessions are {@link OutsideSessionCheck}'s.
 */
final class CalendarGapCheck implements BarCheck {

    private static final long SECONDS_PER_MINUTE = 60;

    private final int maxCalendarDays;
    private final ExchangeCalendar calendar;

    CalendarGapCheck(int maxCalendarDays, ExchangeCalendar calendar) {
        this.maxCalendarDays = maxCalendarDays;
        this.calendar = calendar;
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
        if (time.length == 0) {
            return findings;
        }
        long spacing = series.timeframe().spacing().toSeconds();
        String every = " (bars every " + series.timeframe().code() + ")";
        LocalDate firstDay = calendar.localDate(time[0]);
        LocalDate lastDay = calendar.localDate(time[time.length - 1]);
        int i = 0;
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            Optional<TradingSession> found = calendar.session(day);
            long dayEnd = day.plusDays(1).atStartOfDay(calendar.zone()).toEpochSecond();
            if (found.isEmpty()) {
                while (i < time.length && time[i] < dayEnd) {
                    i++;
                }
                continue;
            }
            TradingSession s = found.get();
            while (i < time.length && time[i] < s.open()) {
                i++;
            }
            long expected = day.equals(firstDay) ? Long.MIN_VALUE : s.open();
            int inSession = 0;
            while (i < time.length && time[i] < s.close()) {
                if (expected != Long.MIN_VALUE && time[i] > expected) {
                    String after = inSession == 0 ? "the " + s.openTime() + " open"
                            : localTime(expected - spacing) + " " + calendar.zone().getId();
                    findings.add(Finding.of(series, i, FindingKind.CALENDAR_GAP,
                            (time[i] - expected) / SECONDS_PER_MINUTE + " minutes without a bar after " + after + every));
                }
                expected = time[i] + spacing;
                inSession++;
                i++;
            }
            if (inSession == 0 && i < time.length) {
                findings.add(Finding.of(series, i, FindingKind.CALENDAR_GAP, "no bars on trading day " + day));
            } else if (inSession > 0 && !day.equals(lastDay) && expected < s.close()) {
                findings.add(Finding.of(series, i - 1, FindingKind.CALENDAR_GAP, (s.close() - expected) / SECONDS_PER_MINUTE
                        + " minutes without a bar before the " + s.closeTime() + " close" + every));
            }
            while (i < time.length && time[i] < dayEnd) {
                i++;
            }
        }
        return findings;
    }

    private LocalTime localTime(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atZone(calendar.zone()).toLocalTime();
    }

    /** Monday-to-Friday days strictly between the two dates. */
    private static long weekdaysBetween(LocalDate first, LocalDate last) {
        return first.plusDays(1).datesUntil(last)
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .count();
    }
}
