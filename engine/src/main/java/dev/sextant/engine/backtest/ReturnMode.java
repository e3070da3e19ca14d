package dev.sextant.engine.backtest;

import java.util.Locale;

/**
 * What a backtest's equity earns: {@link #PRICE} the price moves only; {@link #TOTAL} also the cash
 * dividends of the positions held at the close before each ex-date, credited to cash on the ex-date.
 */
public enum ReturnMode {
    PRICE, TOTAL;

    /** {@code price} or {@code total}, as the CLI, the request map and the provenance write it. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the value when it is neither {@code price} nor {@code total} */
    public static ReturnMode parse(String text) {
        for (ReturnMode m : values()) {
            if (m.text().equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("returns '" + text + "': expected total or price");
    }
}
