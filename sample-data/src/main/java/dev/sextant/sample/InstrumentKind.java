package dev.sextant.sample;

import java.util.Locale;

/** What an instrument of the sample market is; written in lower case to {@code instruments.csv}. */
public enum InstrumentKind {
    ETF, INDEX, STOCK;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InstrumentKind fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
