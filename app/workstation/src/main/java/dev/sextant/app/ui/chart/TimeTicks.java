package dev.sextant.app.ui.chart;

import dev.sextant.engine.market.PriceColumns;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToLongFunction;

/**
 * Session-aware time-axis ticks over a series' bars. Each bar's exchange-zone day, month and
 * minute of day are worked out once; a tick then sits on the first bar of a new period, at the
 * finest level (clock interval, day, week, month, quarter, year, several years) that gives no more
 * ticks than fit. A tick is labelled by the largest period it starts: the year ("2024"), else the
 * month ("Mar"), else the day ("12", or "12 Mar" on intraday bars), else the time ("10:30").
 */
public final class TimeTicks {

    /** A tick at bar {@code index}. */
    public record Tick(int index, String label) {
    }

    private record Level(String name, IntToLongFunction key) {
    }

    private static final int[] CLOCK_MINUTES = {1, 5, 15, 30, 60, 120};
    private static final int[] YEARS = {1, 2, 5, 10, 25, 50, 100};

    private final boolean intraday;
    private final long[] day;
    private final int[] minute;
    private final int[] month;
    private final List<Level> levels = new ArrayList<>();

    private TimeTicks(boolean intraday, long[] day, int[] minute, int[] month) {
        this.intraday = intraday;
        this.day = day;
        this.minute = minute;
        this.month = month;
        if (intraday) {
            for (int m : CLOCK_MINUTES) {
                levels.add(new Level(m + "m", i -> day[i] * 10_000 + minute[i] / m));
            }
        }
        levels.add(new Level("day", i -> day[i]));
        levels.add(new Level("week", i -> Math.floorDiv(day[i] + 3, 7)));
        levels.add(new Level("month", i -> month[i]));
        levels.add(new Level("quarter", i -> month[i] / 3));
        for (int y : YEARS) {
            levels.add(new Level(y + "y", i -> month[i] / 12 / y));
        }
    }

    /** The calendar of {@code bars}: intraday times in {@link BarTimeFormat#EXCHANGE_ZONE}, daily times as dates. */
    public static TimeTicks of(PriceColumns bars) {
        int n = bars.size();
        long[] day = new long[n];
        int[] minute = new int[n];
        int[] month = new int[n];
        boolean intraday = bars.timeframe().isIntraday();
        for (int i = 0; i < n; i++) {
            LocalDate date;
            if (intraday) {
                ZonedDateTime t = Instant.ofEpochSecond(bars.time()[i]).atZone(BarTimeFormat.EXCHANGE_ZONE);
                date = t.toLocalDate();
                minute[i] = t.getHour() * 60 + t.getMinute();
            } else {
                date = LocalDate.ofEpochDay(bars.time()[i]);
            }
            day[i] = date.toEpochDay();
            month[i] = date.getYear() * 12 + date.getMonthValue() - 1;
        }
        return new TimeTicks(intraday, day, minute, month);
    }

    /** The level names from finest to coarsest (for tests and documentation). */
    public List<String> levelNames() {
        return levels.stream().map(Level::name).toList();
    }

    /** Ticks on bars {@code [from, to)} (clamped to the bars), at most {@code max} of them, labelled. */
    public List<Tick> ticks(int from, int to, int max) {
        from = Math.max(0, from);
        to = Math.min(day.length, to);
        for (Level level : levels) {
            List<Integer> starts = starts(level, from, to, max);
            if (starts != null) {
                return starts.stream().map(i -> new Tick(i, label(i))).toList();
            }
        }
        return List.of();
    }

    /** The bars in {@code [from, to)} that start a new period of {@code level}; null when more than {@code max}. */
    private List<Integer> starts(Level level, int from, int to, int max) {
        List<Integer> out = new ArrayList<>();
        long previous = from > 0 ? level.key().applyAsLong(from - 1) : Long.MIN_VALUE;
        for (int i = from; i < to; i++) {
            long k = level.key().applyAsLong(i);
            if (k != previous && i > 0) {
                if (out.size() == max) {
                    return null;
                }
                out.add(i);
            }
            previous = k;
        }
        return out;
    }

    String label(int i) {
        if (i == 0 || month[i] / 12 != month[i - 1] / 12) {
            return Integer.toString(month[i] / 12);
        }
        String monthName = Month.of(month[i] % 12 + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        if (month[i] != month[i - 1]) {
            return monthName;
        }
        int dayOfMonth = LocalDate.ofEpochDay(day[i]).getDayOfMonth();
        if (day[i] != day[i - 1]) {
            return intraday ? dayOfMonth + " " + monthName : Integer.toString(dayOfMonth);
        }
        return String.format(Locale.ROOT, "%02d:%02d", minute[i] / 60, minute[i] % 60);
    }
}
