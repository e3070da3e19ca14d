package dev.sextant.engine.market.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One day's regular session: {@code [open, close)} in epoch seconds, and the local times they
 * were computed from.
 *
 * @param earlyClose whether the close is earlier than the exchange's normal close
 */
public record TradingSession(LocalDate date, LocalTime openTime, LocalTime closeTime, long open, long close,
        boolean earlyClose) {

    public TradingSession {
        Objects.requireNonNull(date, "date");
        if (open >= close) {
            throw new IllegalArgumentException("session of " + date + " opens at " + openTime
                    + ", not before its close " + closeTime);
        }
    }

    public static TradingSession of(LocalDate date, LocalTime open, LocalTime close, ZoneId zone, boolean early) {
        return new TradingSession(date, open, close, date.atTime(open).atZone(zone).toEpochSecond(),
                date.atTime(close).atZone(zone).toEpochSecond(), early);
    }

    /** Whether a bar starting at {@code epochSecond} is inside the session. */
    public boolean contains(long epochSecond) {
        return epochSecond >= open && epochSecond < close;
    }

    /** Length in seconds. */
    public long seconds() {
        return close - open;
    }
}
