package dev.sextant.data.csv;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Turns one symbol's accepted rows into {@link PriceColumns}: resolves times, sorts by time,
 * collapses exact duplicate rows, rejects rows repeating a time with different values (the later
 * line is the malformed one), and infers the timeframe.
 *
 * <p>Daily files: {@code time} is the date as written (epoch day), whatever offset follows a
 * midnight time. Intraday files: {@code time} is the UTC epoch second of the bar start, using the
 * row's offset when it has one, otherwise the exchange zone.
 */
final class SeriesAssembler {

    private static final long SECONDS_PER_DAY = 86_400;

    private final RowBuffer rows;
    private final boolean daily;
    private final ZoneRules zoneRules;
    private final RowRejections rejections;

    SeriesAssembler(ParsedRows parsed, ZoneId exchangeZone, RowRejections rejections) {
        this.rows = parsed.rows();
        this.daily = parsed.daily();
        this.zoneRules = exchangeZone.getRules();
        this.rejections = rejections;
    }

    PriceColumns assemble(String symbol, int[] rowIndexes) throws BadFileException {
        int n = rowIndexes.length;
        long[] times = times(rowIndexes);
        int[] order = timeOrder(times, rowIndexes);
        long[] time = new long[n];
        int[] kept = new int[n];
        int size = keepOnePerTime(rowIndexes, times, order, time, kept);
        return columns(symbol, timeframe(symbol, time, size, kept), Arrays.copyOf(time, size), Arrays.copyOf(kept, size));
    }

    /** The resolved time of each row. (Each per-row loop is a method of its own, compiled on its own by the JIT.) */
    private long[] times(int[] rowIndexes) {
        long[] times = new long[rowIndexes.length];
        for (int k = 0; k < rowIndexes.length; k++) {
            times[k] = time(rowIndexes[k]);
        }
        return times;
    }

    /**
     * Fills {@code time} and {@code kept} with the rows in {@code order}, one per time: an exact repeat is dropped, a
     * row repeating a time with other values is rejected. Returns how many were kept.
     */
    private int keepOnePerTime(int[] rowIndexes, long[] times, int[] order, long[] time, int[] kept)
            throws BadFileException {
        int size = 0;
        for (int k : order) {
            int row = rowIndexes[k];
            if (size > 0 && times[k] == time[size - 1]) {
                int earlier = kept[size - 1];
                if (!rows.sameValues(earlier, row)) {
                    rejections.reject(rows.line[row], "duplicate " + describe(times[k])
                            + " with different values than line " + rows.line[earlier]);
                }
                continue;
            }
            time[size] = times[k];
            kept[size++] = row;
        }
        return size;
    }

    private long time(int row) {
        if (daily) {
            return rows.epochDay[row];
        }
        int secondOfDay = Math.max(0, rows.secondOfDay[row]);
        int offset = rows.offsetSeconds[row];
        if (offset == TimestampParser.NO_OFFSET) {
            LocalDateTime local = LocalDateTime.of(LocalDate.ofEpochDay(rows.epochDay[row]), LocalTime.ofSecondOfDay(secondOfDay));
            offset = zoneRules.getOffset(local).getTotalSeconds();
        }
        return rows.epochDay[row] * SECONDS_PER_DAY + secondOfDay - offset;
    }

    /** Positions into {@code times} in ascending time, ties in file order; no sorting when already ascending. */
    private int[] timeOrder(long[] times, int[] rowIndexes) {
        boolean ascending = true;
        for (int k = 1; k < times.length && ascending; k++) {
            ascending = times[k] >= times[k - 1];
        }
        if (ascending) {
            int[] identity = new int[times.length];
            Arrays.setAll(identity, k -> k);
            return identity;
        }
        return java.util.stream.IntStream.range(0, times.length).boxed()
                .sorted(Comparator.<Integer>comparingLong(k -> times[k]).thenComparingInt(k -> rows.line[rowIndexes[k]]))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private Timeframe timeframe(String symbol, long[] time, int size, int[] kept) throws BadFileException {
        if (daily) {
            return Timeframe.DAILY;
        }
        long[] times = Arrays.copyOf(time, size);
        var spacing = TimeframeInference.mostCommonSpacing(times);
        if (spacing.isEmpty()) {
            throw rejections.fileError(rows.line[kept[0]],
                    "cannot infer the timeframe of " + symbol + ": no two bars are less than a day apart");
        }
        return TimeframeInference.ofSpacing(spacing.get()).orElseThrow(() -> rejections.fileError(rows.line[kept[0]],
                "cannot infer the timeframe of " + symbol + ": bars are mostly " + spacing.get()
                        + " s apart, which matches none of " + Arrays.stream(Timeframe.values())
                        .filter(Timeframe::isIntraday).map(Timeframe::code).collect(Collectors.joining(", "))));
    }

    private PriceColumns columns(String symbol, Timeframe timeframe, long[] time, int[] kept) {
        int n = kept.length;
        if (isLeadingRows(kept)) { // the usual file: one symbol, in time order, no duplicates
            return new PriceColumns(symbol, timeframe, time, Arrays.copyOf(rows.open, n), Arrays.copyOf(rows.high, n),
                    Arrays.copyOf(rows.low, n), Arrays.copyOf(rows.close, n), Arrays.copyOf(rows.adjClose, n),
                    Arrays.copyOf(rows.volume, n));
        }
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] adjClose = new double[n];
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            int row = kept[i];
            open[i] = rows.open[row];
            high[i] = rows.high[row];
            low[i] = rows.low[row];
            close[i] = rows.close[row];
            adjClose[i] = rows.adjClose[row];
            volume[i] = rows.volume[row];
        }
        return new PriceColumns(symbol, timeframe, time, open, high, low, close, adjClose, volume);
    }

    /** Whether {@code kept} is 0, 1, 2, ...: the rows taken are the buffer's first ones, in order. */
    private static boolean isLeadingRows(int[] kept) {
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] != i) {
                return false;
            }
        }
        return true;
    }

    private String describe(long time) {
        return daily ? "date " + LocalDate.ofEpochDay(time) : "time " + Instant.ofEpochSecond(time);
    }
}
