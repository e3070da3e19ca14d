package dev.sextant.engine.market.verify;

import dev.sextant.engine.market.calendar.ExchangeCalendar;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import java.util.Objects;

/**
 * Thresholds of the {@link BarVerifier}.
 *
 * @param maxCalendarDays     daily bars further apart than this many calendar days are a gap (4 lets
 *                            a weekend plus one holiday pass)
 * @param jumpThreshold       a close-to-close move larger than this fraction is a jump (0.35 = 35 %)
 * @param splitTolerance      how close the close ratio must be to a split ratio (0.02 = within 2 %)
 * @param splitOpenTolerance  how close the open-to-previous-close ratio must be to the same split ratio
 * @param calendar            the exchange calendar whose sessions intraday bars should fill
 */
public record VerifyOptions(int maxCalendarDays, double jumpThreshold, double splitTolerance,
                            double splitOpenTolerance, ExchangeCalendar calendar) {

    public VerifyOptions {
        Objects.requireNonNull(calendar, "calendar");
        if (maxCalendarDays < 1 || jumpThreshold <= 0 || splitTolerance <= 0 || splitOpenTolerance <= 0) {
            throw new IllegalArgumentException("thresholds must be positive");
        }
    }

    /** 4 calendar days, 35 % jumps, splits within 2 % (open within 5 %), sessions of the NYSE. */
    public static VerifyOptions defaults() {
        return new VerifyOptions(4, 0.35, 0.02, 0.05, ExchangeCalendars.NYSE);
    }
}
