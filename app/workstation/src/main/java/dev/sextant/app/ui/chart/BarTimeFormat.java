package dev.sextant.app.ui.chart;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The chart's x axis is the bar index (no gaps over nights and weekends); this turns an index into
 * the bar's date, or its date and time in the exchange zone for intraday bars.
 */
public final class BarTimeFormat {

    public static final ZoneId EXCHANGE_ZONE = ZoneId.of("America/New_York");
    private static final DateTimeFormatter INTRADAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private BarTimeFormat() {
    }

    /** The label of bar {@code index} (clamped to the bars), or empty text when there are no bars. */
    public static String label(PriceColumns bars, double index) {
        if (bars.isEmpty()) {
            return "";
        }
        int i = (int) Math.max(0, Math.min(bars.size() - 1, Math.round(index)));
        return format(bars.timeframe(), bars.time()[i]);
    }

    /** A bar time as stored (epoch day for daily bars, epoch second for intraday) as text. */
    public static String format(Timeframe timeframe, long time) {
        return timeframe.isIntraday()
                ? INTRADAY.format(Instant.ofEpochSecond(time).atZone(EXCHANGE_ZONE))
                : LocalDate.ofEpochDay(time).toString();
    }
}
