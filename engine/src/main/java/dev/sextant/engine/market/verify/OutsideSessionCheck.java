package dev.sextant.engine.market.verify;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.calendar.ExchangeCalendar;
import dev.sextant.engine.market.calendar.TradingSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Intraday bars that start outside the regular session of their exchange-local date (pre-market,
 * after-hours, or on a day without a session): one finding per day, at that day's first such bar,
 * with their count and the first and last of their times. They are kept in the store; sessions
 * and trading leave them out unless asked to include them.
 */
final class OutsideSessionCheck implements BarCheck {

    private final ExchangeCalendar calendar;

    OutsideSessionCheck(ExchangeCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public List<Finding> inspect(PriceColumns series) {
        List<Finding> findings = new ArrayList<>();
        if (!series.timeframe().isIntraday()) {
            return findings;
        }
        long[] time = series.time();
        int i = 0;
        while (i < time.length) {
            LocalDate day = calendar.localDate(time[i]);
            long dayEnd = day.plusDays(1).atStartOfDay(calendar.zone()).toEpochSecond();
            Optional<TradingSession> session = calendar.session(day);
            int first = -1;
            int last = -1;
            int count = 0;
            for (; i < time.length && time[i] < dayEnd; i++) {
                if (session.isEmpty() || !session.get().contains(time[i])) {
                    first = first < 0 ? i : first;
                    last = i;
                    count++;
                }
            }
            if (count > 0) {
                String where = session.map(s -> "outside the " + s.openTime() + "-" + s.closeTime() + " session")
                        .orElse("on " + day + ", which has no session");
                findings.add(Finding.of(series, first, FindingKind.OUTSIDE_SESSION, count + (count == 1 ? " bar " : " bars ")
                        + where + " (" + localTime(time[first]) + " to " + localTime(time[last]) + " "
                        + calendar.zone().getId() + ")"));
            }
        }
        return findings;
    }

    private LocalTime localTime(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atZone(calendar.zone()).toLocalTime();
    }
}
