package dev.sextant.engine.rules;

import dev.sextant.engine.market.PriceColumns;
import java.util.List;
import java.util.Map;

/**
 * An entry filter that opens or closes a whole trading day for new entries, decided from market
 * data known at that day's close (an index, a volatility index, the regime of the day). The
 * decision of day t never depends on bars after t.
 */
public sealed interface DayGate permits MarketFilter, VolatilityCeiling, RegimeGate {

    /** What the gate is, e.g. {@code market filter}. */
    String name();

    /** Its option text, e.g. {@code SPY:sma200:1.0}; {@link #name()} + spec identify it. */
    String spec();

    /** Why a closed day is closed, e.g. {@code SPY below SMA 200}. */
    String closedBecause();

    /** Symbols whose daily bars {@link #openDays} needs. */
    List<String> symbols();

    /**
     * Whether entries signalled on each calendar time are allowed.
     *
     * @param calendar ascending times (epoch days) of the simulated calendar
     * @param bars at least the series of {@link #symbols()}
     * @throws IllegalArgumentException when one of {@link #symbols()} is missing from {@code bars}
     */
    boolean[] openDays(long[] calendar, Map<String, PriceColumns> bars);

    /** The series of {@code symbol}, or an error naming the gate and the symbol. */
    default PriceColumns series(Map<String, PriceColumns> bars, String symbol) {
        PriceColumns p = bars.get(symbol);
        if (p == null) {
            throw new IllegalArgumentException(name() + " '" + spec() + "': no daily bars of " + symbol);
        }
        return p;
    }
}
