package dev.sextant.engine.market;

import java.time.Duration;
import java.util.Arrays;

/**
 * The spacing of bars in a series. Daily bars are keyed by trading date; intraday bars by the
 * instant their interval starts.
 */
public enum Timeframe {
    DAILY("1d", Duration.ofDays(1)),
    MINUTE_1("1m", Duration.ofMinutes(1)),
    MINUTE_5("5m", Duration.ofMinutes(5)),
    MINUTE_15("15m", Duration.ofMinutes(15)),
    MINUTE_30("30m", Duration.ofMinutes(30)),
    HOUR_1("1h", Duration.ofHours(1));

    private final String code;
    private final Duration spacing;

    Timeframe(String code, Duration spacing) {
        this.code = code;
        this.spacing = spacing;
    }

    /** Short stable code used in files, the database and the CLI ({@code 1d}, {@code 1m}, ...). */
    public String code() {
        return code;
    }

    public Duration spacing() {
        return spacing;
    }

    public boolean isIntraday() {
        return this != DAILY;
    }

    public static Timeframe ofCode(String code) {
        return Arrays.stream(values())
                .filter(t -> t.code.equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown timeframe '" + code + "' (expected one of "
                                + Arrays.stream(values()).map(Timeframe::code).toList() + ")"));
    }

    /** The intraday timeframe whose spacing matches, if any. */
    public static java.util.Optional<Timeframe> ofSpacing(Duration spacing) {
        return Arrays.stream(values()).filter(t -> t.spacing.equals(spacing)).findFirst();
    }
}
