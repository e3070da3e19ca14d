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
}
