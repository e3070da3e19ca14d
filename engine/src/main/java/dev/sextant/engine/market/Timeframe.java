package dev.sextant.engine.market;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The spacing of bars in a series. Daily, weekly and monthly bars are keyed by a trading date
 * (weekly and monthly: the first trading day of the calendar week or month); intraday bars by the
 * instant their interval starts.
 *
 * <p>Only {@code 1d} and the intraday codes are stored; weekly and monthly bars, and intraday bars
 * coarser than the stored ones, are built by {@link BarResampler} when loaded.
 */
public enum Timeframe {
    DAILY("1d", Duration.ofDays(1)),
    MINUTE_1("1m", Duration.ofMinutes(1)),
    MINUTE_5("5m", Duration.ofMinutes(5)),
    MINUTE_15("15m", Duration.ofMinutes(15)),
    MINUTE_30("30m", Duration.ofMinutes(30)),
    HOUR_1("1h", Duration.ofHours(1)),
    WEEKLY("1w", Duration.ofDays(7)),
    /** A calendar month; its {@link #spacing()} is a nominal 30 days. */
    MONTHLY("1mo", Duration.ofDays(30));

    /** Finest first: by {@link #spacing()}. */
    public static final Comparator<Timeframe> FINEST_FIRST = Comparator.comparing(Timeframe::spacing);

    private static final Duration ONE_DAY = Duration.ofDays(1);

    private final String code;
    private final Duration spacing;

    Timeframe(String code, Duration spacing) {
        this.code = code;
        this.spacing = spacing;
    }

    /** Short stable code used in files, the database and the CLI ({@code 1d}, {@code 1m}, {@code 1w}, {@code 1mo}, ...). */
    public String code() {
        return code;
    }

    /** The length of one bar; nominal for {@link #MONTHLY} (30 days) and for a session's shorter last bar. */
    public Duration spacing() {
        return spacing;
    }

    /** Shorter than a day: keyed by epoch second rather than by trading date. */
    public boolean isIntraday() {
        return spacing.compareTo(ONE_DAY) < 0;
    }

    /** Whether bars of this timeframe may be stored as data: 1d and the intraday ones; 1w and 1mo are always built from 1d. */
    public boolean isStorable() {
        return this == DAILY || isIntraday();
    }

    /** The timeframes that may be stored, for providers that serve every one of them. */
    public static Set<Timeframe> storable() {
        return Arrays.stream(values()).filter(Timeframe::isStorable)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Timeframe.class)));
    }

    /**
     * Whether bars of this timeframe can be built from bars of {@code source}: the same timeframe;
     * an intraday timeframe from a finer intraday one whose spacing divides it; a week or a month
     * from days. Daily and longer bars are not built from intraday bars.
     */
    public boolean derivableFrom(Timeframe source) {
        if (source == this) {
            return true;
        }
        if (isIntraday()) {
            return source.isIntraday() && spacing.toSeconds() % source.spacing.toSeconds() == 0;
        }
        return source == DAILY && this != DAILY;
    }

    /** Every code, finest first, for messages and help texts. */
    public static List<String> codes() {
        return Arrays.stream(values()).sorted(FINEST_FIRST).map(Timeframe::code).toList();
    }

    public static Timeframe ofCode(String code) {
        return Arrays.stream(values())
                .filter(t -> t.code.equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown timeframe '" + code + "' (expected one of " + String.join(", ", codes()) + ")"));
    }

    /** The timeframe whose spacing matches, if any. */
    public static Optional<Timeframe> ofSpacing(Duration spacing) {
        return Arrays.stream(values()).filter(t -> t.spacing.equals(spacing)).findFirst();
    }
}
