package dev.sextant.engine.rules;

import dev.sextant.engine.indicator.Sma;
import dev.sextant.engine.market.PriceColumns;
import java.util.List;
import java.util.Map;

/**
 * Entries only while an index closes above its simple moving average: open on day t when
 * close(t) &gt; SMA(n)(t) × (1 + band/100), both of the index's last bar at or before t. Closed
 * while the average is not yet defined (fewer than n bars) and before the index's first bar.
 * Parsed from {@code SYMBOL:smaN[:band]}, e.g. {@code SPY:sma200} or {@code SPY:sma200:2}.
 *
 * @param bandPercent how far above the average, in percent (0 = just above; negative = tolerate that far below)
 */
public record MarketFilter(String symbol, int period, double bandPercent) implements DayGate {

    public MarketFilter {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("market filter: symbol is empty");
        }
        if (period < 1) {
            throw new IllegalArgumentException("market filter '" + symbol + ":sma" + period + "': period must be >= 1");
        }
        if (!Double.isFinite(bandPercent) || bandPercent <= -100) {
            throw new IllegalArgumentException("market filter '" + symbol + ":sma" + period + ":" + bandPercent
                    + "': band must be a finite percent above -100");
        }
    }

    public static MarketFilter parse(String text) {
        String[] parts = text.trim().split(":", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()
                || !parts[1].trim().toLowerCase(java.util.Locale.ROOT).startsWith("sma")) {
            throw new IllegalArgumentException("market filter '" + text + "': expected SYMBOL:smaN[:band], e.g. SPY:sma200");
        }
        int period = Specs.integer(parts[1].trim().substring(3), text, "market filter", "period");
        double band = parts.length == 3 ? Specs.number(parts[2], text, "market filter", "band") : 0;
        try {
            return new MarketFilter(parts[0].trim(), period, band);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("market filter '" + text + "': " + Specs.reason(e), e);
        }
    }

    @Override
    public String name() {
        return "market filter";
    }

    @Override
    public String spec() {
        return symbol + ":sma" + period + (bandPercent == 0 ? "" : ":" + Specs.text(bandPercent));
    }

    @Override
    public String closedBecause() {
        return symbol + " below SMA " + period + (bandPercent == 0 ? "" : " + " + Specs.text(bandPercent) + " %");
    }

    @Override
    public List<String> symbols() {
        return List.of(symbol);
    }

    @Override
    public boolean[] openDays(long[] calendar, Map<String, PriceColumns> bars) {
        PriceColumns index = series(bars, symbol);
        double[] sma = Sma.of(index.close(), period);
        double[] close = AsOf.align(calendar, index.time(), index.close());
        double[] average = AsOf.align(calendar, index.time(), sma);
        boolean[] open = new boolean[calendar.length];
        double factor = 1 + bandPercent / 100;
        for (int c = 0; c < open.length; c++) {
            open[c] = close[c] > average[c] * factor;
        }
        return open;
    }
}
