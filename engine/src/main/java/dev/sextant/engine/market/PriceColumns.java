package dev.sextant.engine.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One instrument's bars as parallel primitive columns, sorted by time, no duplicate times.
 *
 * <p>{@code time} means: for {@link Timeframe#DAILY} the trading date as an epoch day
 * ({@link LocalDate#toEpochDay()}); for intraday timeframes the epoch second (UTC) at which
 * the bar's interval starts. Prices are as stored (for Yahoo data: split-adjusted, not
 * dividend-adjusted); {@code adjClose} is split- and dividend-adjusted and equals
 * {@code close} when the source has no adjusted close. Volume is a double so that fractional
 * or very large volumes are exact enough; it may be zero.
 */
public record PriceColumns(
        String symbol,
        Timeframe timeframe,
        long[] time,
        double[] open,
        double[] high,
        double[] low,
        double[] close,
        double[] adjClose,
        double[] volume) {

    public PriceColumns {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(timeframe, "timeframe");
        int n = time.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n
                || adjClose.length != n || volume.length != n) {
            throw new IllegalArgumentException("columns of " + symbol + " differ in length");
        }
        for (int i = 1; i < n; i++) {
            if (time[i] <= time[i - 1]) {
                throw new IllegalArgumentException("times of " + symbol + " not strictly ascending at index " + i);
            }
        }
    }

    public static PriceColumns empty(String symbol, Timeframe timeframe) {
        return new PriceColumns(symbol, timeframe, new long[0], new double[0], new double[0],
                new double[0], new double[0], new double[0], new double[0]);
    }

    public int size() {
        return time.length;
    }

    public boolean isEmpty() {
        return time.length == 0;
    }

    /** The trading date of bar {@code i}; only for daily series. */
    public LocalDate date(int i) {
        if (timeframe.isIntraday()) {
            throw new IllegalStateException(symbol + " is intraday; use instant(i)");
        }
        return LocalDate.ofEpochDay(time[i]);
    }

    /** The start instant of bar {@code i}; for daily series midnight UTC of the trading date. */
    public Instant instant(int i) {
        return timeframe.isIntraday() ? Instant.ofEpochSecond(time[i])
                : LocalDate.ofEpochDay(time[i]).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    /** Bars {@code [from, to)} as a new series. */
    public PriceColumns slice(int from, int to) {
        return new PriceColumns(symbol, timeframe,
                java.util.Arrays.copyOfRange(time, from, to),
                java.util.Arrays.copyOfRange(open, from, to),
                java.util.Arrays.copyOfRange(high, from, to),
                java.util.Arrays.copyOfRange(low, from, to),
                java.util.Arrays.copyOfRange(close, from, to),
                java.util.Arrays.copyOfRange(adjClose, from, to),
                java.util.Arrays.copyOfRange(volume, from, to));
    }

    /** Index of the first bar with time &ge; {@code t}, or {@code size()} when none. */
    public int indexAtOrAfter(long t) {
        int i = java.util.Arrays.binarySearch(time, t);
        return i >= 0 ? i : -i - 1;
    }
}
