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
}
