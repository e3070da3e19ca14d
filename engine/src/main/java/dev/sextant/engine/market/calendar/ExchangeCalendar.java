package dev.sextant.engine.market.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * An exchange's trading days and their regular hours: which dates trade, when each session opens
 * and closes (early closes included), in the exchange's own zone. Implementations compute their
 * rules for any year; they hold no list that runs out. To add an exchange, implement this
 * interface (see {@link NyseCalendar}) and register it in {@link ExchangeCalendars}.
 */
public interface ExchangeCalendar {

    /** Stable id, e.g. {@code XNYS}. */
    String id();

    ZoneId zone();

    /** The regular session of {@code date}, or empty on weekends and holidays. */
    Optional<TradingSession> session(LocalDate date);

    /** Whether {@code date} has a regular session. */
    default boolean isTradingDay(LocalDate date) {
        return session(date).isPresent();
    }

    /** The exchange-local date of an instant. */
    default LocalDate localDate(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atZone(zone()).toLocalDate();
    }

    /** The regular session containing the instant {@code epochSecond} (open inclusive, close exclusive), or empty. */
    default Optional<TradingSession> sessionAt(long epochSecond) {
        return session(localDate(epochSecond)).filter(s -> s.contains(epochSecond));
    }
}
