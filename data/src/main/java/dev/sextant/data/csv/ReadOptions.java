package dev.sextant.data.csv;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How to read a bar file.
 *
 * @param exchangeZone zone in which intraday timestamps without an offset are read
 * @param skipBadRows  {@code false}: the first malformed row rejects the whole file;
 *                     {@code true}: malformed rows are skipped and listed in {@link ParsedBarFile#skipped()}
 */
public record ReadOptions(ZoneId exchangeZone, boolean skipBadRows) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");

    public ReadOptions {
        Objects.requireNonNull(exchangeZone, "exchangeZone");
    }

    /** America/New_York, reject the file on the first malformed row. */
    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_ZONE, false);
    }

    public ReadOptions withSkipBadRows(boolean skip) {
        return new ReadOptions(exchangeZone, skip);
    }

    public ReadOptions withExchangeZone(ZoneId zone) {
        return new ReadOptions(zone, skipBadRows);
    }
}
