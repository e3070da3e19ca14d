package dev.sextant.data.csv;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How to read a bar file.
 *
 * @param exchangeZone zone in which intraday timestamps without an offset are read
 * @param skipBadRows  {@code false}: the first malformed row rejects the whole file;
 *                     {@code true}: malformed rows are skipped and listed in {@link ParsedBarFile#skipped()}
 * @param clock        gives today: a row dated after tomorrow (UTC) is malformed
 */
public record ReadOptions(ZoneId exchangeZone, boolean skipBadRows, Clock clock) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");

    public ReadOptions {
        Objects.requireNonNull(exchangeZone, "exchangeZone");
        Objects.requireNonNull(clock, "clock");
    }

    /** Today from the system clock. */
    public ReadOptions(ZoneId exchangeZone, boolean skipBadRows) {
        this(exchangeZone, skipBadRows, Clock.systemUTC());
    }

    /** America/New_York, reject the file on the first malformed row, today from the system clock. */
    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_ZONE, false);
    }

    public ReadOptions withSkipBadRows(boolean skip) {
        return new ReadOptions(exchangeZone, skip, clock);
    }

    public ReadOptions withExchangeZone(ZoneId zone) {
        return new ReadOptions(zone, skipBadRows, clock);
    }

    public ReadOptions withClock(Clock today) {
        return new ReadOptions(exchangeZone, skipBadRows, today);
    }

    /** The latest date a row may have: tomorrow in UTC, so that no time zone's today is refused. */
    public LocalDate latestDate() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
    }
}
