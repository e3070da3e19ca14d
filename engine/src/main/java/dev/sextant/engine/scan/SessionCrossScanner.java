package dev.sextant.engine.scan;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.calendar.ExchangeCalendar;
import dev.sextant.engine.spi.SignalColumns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The crosses of one session: the entry (up) and exit (down) signals of an intraday strategy such
 * as {@code sma-vwap-cross}, whose crosses come from the engine's cross detector and alternate,
 * on the bars of one exchange-local date (by default the date of the symbol's last bar). Warm-up
 * bars before the strategy's first tradable bar never cross.
 */
public final class SessionCrossScanner {

    /** Latest first, then by symbol. */
    public static final Comparator<SessionCross> LATEST_FIRST = Comparator.comparingLong(SessionCross::time).reversed()
            .thenComparing(SessionCross::symbol);

    private final ExchangeCalendar calendar;

    public SessionCrossScanner(ExchangeCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param date the session to list, or null for the date of the last bar
     * @return the session's crosses in time order (empty when the symbol has no bar that date)
     */
    public List<SessionCross> crosses(PriceColumns bars, SignalColumns signals, LocalDate date) {
        List<SessionCross> out = new ArrayList<>();
        int n = bars.size();
        if (n == 0) {
            return out;
        }
        LocalDate session = date != null ? date : calendar.localDate(bars.time()[n - 1]);
        double[] vwap = signals.indicators().get("vwap");
        int last = n - 1;
        while (last >= 0 && calendar.localDate(bars.time()[last]).isAfter(session)) {
            last--;
        }
        int first = last;
        while (first >= 0 && calendar.localDate(bars.time()[first]).equals(session)) {
            first--;
        }
        for (int i = Math.max(first + 1, signals.firstTradable()); i <= last; i++) {
            boolean up = signals.entry()[i];
            if (up || signals.exit()[i]) {
                double price = bars.close()[i];
                double v = vwap == null ? Double.NaN : vwap[i];
                out.add(new SessionCross(bars.symbol(), bars.time()[i], up, price, v, price / v - 1, n - 1 - i));
            }
        }
        return out;
    }
}
