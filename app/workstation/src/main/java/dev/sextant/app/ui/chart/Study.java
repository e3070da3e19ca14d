package dev.sextant.app.ui.chart;

import java.util.EnumSet;
import java.util.Set;

/** What can be drawn over the candles (overlays) or in a pane below them, as indicator catalog specs. */
public enum Study {
    SMA_9("SMA 9", "sma:9", false),
    SMA_20("SMA 20", "sma:20", false),
    SMA_50("SMA 50", "sma:50", false),
    SMA_200("SMA 200", "sma:200", false),
    EMA_20("EMA 20", "ema:20", false),
    BOLLINGER("Bollinger 20, 2", "bb:20:2", false),
    DWAP_200("DWAP 200", "dwap:200", false),
    VWAP("Session VWAP", "vwap", false),
    RSI("RSI 14", "rsi:14", true),
    MACD("MACD 12, 26, 9", "macd:12:26:9", true),
    ATR("ATR 14", "atr:14", true);

    private final String label;
    private final String spec;
    private final boolean pane;

    Study(String label, String spec, boolean pane) {
        this.label = label;
        this.spec = spec;
        this.pane = pane;
    }

    public String label() {
        return label;
    }

    public String spec() {
        return spec;
    }

    /** True when drawn in its own pane below the price, false when drawn over the candles. */
    public boolean isPane() {
        return pane;
    }

    /** Session VWAP only means something on intraday bars. */
    public boolean appliesTo(boolean intraday) {
        return this != VWAP || intraday;
    }

    public static Set<Study> defaults(boolean intraday) {
        return intraday ? EnumSet.of(SMA_9, VWAP) : EnumSet.of(SMA_50, SMA_200, RSI);
    }
}
