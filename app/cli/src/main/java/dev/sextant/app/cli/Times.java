package dev.sextant.app.cli;

import dev.sextant.engine.market.Timeframe;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats stored bar times for people: dates for daily bars, exchange-local date-times for intraday bars. */
final class Times {

    private static final ZoneId EXCHANGE = ZoneId.of("America/New_York");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Times() {
    }

    static String format(Timeframe timeframe, long time) {
        if (timeframe.isIntraday()) {
            return LOCAL.format(Instant.ofEpochSecond(time).atZone(EXCHANGE));
        }
        return LocalDate.ofEpochDay(time).toString();
    }

    /** ISO text for JSON: {@code 2024-01-31} for daily bars, an ISO instant ({@code ...Z}) for intraday bars. */
    static String iso(Timeframe timeframe, long time) {
        return timeframe.isIntraday() ? Instant.ofEpochSecond(time).toString() : LocalDate.ofEpochDay(time).toString();
    }

    /** For CSV: the date for daily and longer bars, the start in exchange time with its UTC offset ({@code 2024-03-05T09:30-05:00}) for intraday bars. */
    static String offset(Timeframe timeframe, long time) {
        return timeframe.isIntraday() ? Instant.ofEpochSecond(time).atZone(EXCHANGE).toOffsetDateTime().toString()
                : LocalDate.ofEpochDay(time).toString();
    }

    /** The stored time at which {@code date} begins: its epoch day, or for intraday bars its exchange midnight's epoch second. */
    static long key(Timeframe timeframe, LocalDate date) {
        return timeframe.isIntraday() ? date.atStartOfDay(EXCHANGE).toEpochSecond() : date.toEpochDay();
    }

    /** Parses a {@code YYYY-MM-DD} option value, naming the option in the error. */
    /** The timeframe of a {@code --timeframe} code. @throws UserError naming the option and listing the codes */
    static Timeframe timeframe(String code) {
        try {
            return Timeframe.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new UserError("--timeframe: " + e.getMessage());
        }
    }

    static LocalDate date(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new UserError(option + " '" + text + "' is not a date (expected YYYY-MM-DD)");
        }
    }
}
