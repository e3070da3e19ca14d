package dev.sextant.data.bars;

import dev.sextant.engine.market.Timeframe;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Which storage chunk a bar belongs to: daily bars are chunked by calendar year of the trading
 * date, intraday bars by calendar month (UTC) of their start instant.
 */
final class ChunkPeriod {

    private ChunkPeriod() {
    }

    static LocalDate of(Timeframe timeframe, long time) {
        if (timeframe.isIntraday()) {
            LocalDate d = LocalDate.ofInstant(Instant.ofEpochSecond(time), ZoneOffset.UTC);
            return d.withDayOfMonth(1);
        }
        return LocalDate.ofEpochDay(time).withDayOfYear(1);
    }

    /** The time of the first bar that belongs to the chunk after {@code period} (bar times are as stored). */
    static long startOfNext(Timeframe timeframe, LocalDate period) {
        if (timeframe.isIntraday()) {
            return period.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        }
        return period.plusYears(1).toEpochDay();
    }
}
