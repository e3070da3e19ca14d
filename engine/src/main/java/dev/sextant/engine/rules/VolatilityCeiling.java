package dev.sextant.engine.rules;

import dev.sextant.engine.market.PriceColumns;
import java.util.List;
import java.util.Map;

/**
 * Entries only while a volatility index closes at or below a ceiling: open on day t when the
 * index's last close at or before t is &lt;= the ceiling; closed before its first bar.
 * Parsed from {@code SYMBOL:level}, e.g. {@code ^VIX:30}.
 */
public record VolatilityCeiling(String symbol, double ceiling) implements DayGate {

    public VolatilityCeiling {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("volatility ceiling: symbol is empty");
        }
        if (!(ceiling > 0) || Double.isInfinite(ceiling)) {
            throw new IllegalArgumentException("volatility ceiling '" + symbol + ":" + ceiling + "': level must be finite and > 0");
        }
    }

    public static VolatilityCeiling parse(String text) {
        String[] parts = text.trim().split(":", -1);
        if (parts.length != 2 || parts[0].isBlank()) {
            throw new IllegalArgumentException("volatility ceiling '" + text + "': expected SYMBOL:level, e.g. ^VIX:30");
        }
        double level = Specs.number(parts[1], text, "volatility ceiling", "level");
        try {
            return new VolatilityCeiling(parts[0].trim(), level);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("volatility ceiling '" + text + "': " + Specs.reason(e), e);
        }
    }

    @Override
    public String name() {
        return "volatility ceiling";
    }

    @Override
    public String spec() {
        return symbol + ":" + Specs.text(ceiling);
    }

    @Override
    public String closedBecause() {
        return symbol + " above " + Specs.text(ceiling);
    }

    @Override
    public List<String> symbols() {
        return List.of(symbol);
    }

    @Override
    public boolean[] openDays(long[] calendar, Map<String, PriceColumns> bars) {
        PriceColumns index = series(bars, symbol);
        double[] level = AsOf.align(calendar, index.time(), index.close());
        boolean[] open = new boolean[calendar.length];
        for (int c = 0; c < open.length; c++) {
            open[c] = level[c] <= ceiling;
        }
        return open;
    }
}
