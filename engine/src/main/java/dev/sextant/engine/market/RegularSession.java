package dev.sextant.engine.market;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An exchange's regular trading hours in its own time zone, the same every day. It stands in for
 * an exchange calendar (which would add holidays and early closes) and anchors intraday bars.
 */
public record RegularSession(ZoneId zone, LocalTime open, LocalTime close) {

    /** NYSE and Nasdaq regular hours: 09:30 to 16:00 America/New_York. */
    public static final RegularSession NEW_YORK =
            new RegularSession(ZoneId.of("America/New_York"), LocalTime.of(9, 30), LocalTime.of(16, 0));

    public RegularSession {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        if (!open.isBefore(close)) {
            throw new IllegalArgumentException("session open " + open + " is not before close " + close);
        }
    }

    /** The epoch second at which the session of {@code date} opens. */
    public long openOn(LocalDate date) {
        return date.atTime(open).atZone(zone).toEpochSecond();
    }

    /** The epoch second at which the session of {@code date} closes. */
    public long closeOn(LocalDate date) {
        return date.atTime(close).atZone(zone).toEpochSecond();
    }
}
