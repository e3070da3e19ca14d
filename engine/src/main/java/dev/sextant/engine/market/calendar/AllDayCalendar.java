package dev.sextant.engine.market.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A market trading every day around the clock in one zone: each local date is one session from
 * midnight to midnight. Stands in where no exchange calendar is known for a zone, so that
 * sessions are local dates.
 */
public record AllDayCalendar(ZoneId zone) implements ExchangeCalendar {

    @Override
    public String id() {
        return "24x7 " + zone.getId();
    }

    @Override
    public Optional<TradingSession> session(LocalDate date) {
        return Optional.of(new TradingSession(date, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
                date.atStartOfDay(zone).toEpochSecond(), date.plusDays(1).atStartOfDay(zone).toEpochSecond(), false));
    }
}
