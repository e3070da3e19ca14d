package dev.sextant.engine.drawing;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Maps a drawing's anchor time (epoch seconds) onto a series' bar-index axis and back, so a drawing stays on its
 * dates whatever bars are shown. Bar {@code i} is centred on x = {@code i} and covers its period (its timeframe's
 * spacing; a calendar month for monthly bars) from its start instant.
 * <ul>
 *   <li>A time inside bar {@code i}'s period lands inside that bar's slot {@code [i - 0.5, i + 0.5)}, in proportion:
 *       x = i - 0.5 + (offset + d / 2) / period, d being the spacing of the timeframe it was drawn on (at most the
 *       period). A bar's own start drawn on its own timeframe is therefore x = i exactly; a day drawn on daily bars
 *       lands inside the week that holds it on weekly bars.</li>
 *   <li>A time in a gap between bars (a weekend, a night) lands on the boundary after the bar before it, i + 0.5.</li>
 *   <li>Before the first bar and after the last bar's period the axis runs on at the first (last) bar's period.</li>
 * </ul>
 * {@link #time(double)} is the inverse for drawing: the start instant of the bar nearest to x (beyond the bars, a
 * whole number of periods away from the first or last).
 */
public final class BarTimeScale {

    private static final long DAY = 86_400;

    private final long[] starts;
    private final Timeframe timeframe;

    private BarTimeScale(long[] starts, Timeframe timeframe) {
        if (starts.length == 0) {
            throw new IllegalArgumentException("a time scale needs at least one bar");
        }
        this.starts = starts;
        this.timeframe = timeframe;
    }

    /** The scale of {@code bars}' start instants. */
    public static BarTimeScale of(PriceColumns bars) {
        long[] starts = new long[bars.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = bars.timeframe().isIntraday() ? bars.time()[i] : bars.time()[i] * DAY;
        }
        return new BarTimeScale(starts, bars.timeframe());
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    public int size() {
        return starts.length;
    }

    /** The start instant (epoch seconds) of bar {@code i}. */
    public long start(int i) {
        return starts[i];
    }

    /** The length in seconds of bar {@code i}: its timeframe's spacing, or the calendar month it starts in. */
    public long period(int i) {
        if (timeframe == Timeframe.MONTHLY) {
            LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(starts[i], DAY));
            return day.lengthOfMonth() * DAY;
        }
        return timeframe.spacing().toSeconds();
    }

    /** The x (fractional bar index) of anchor time {@code time}, drawn on {@code drawnOn} bars. */
    public double index(long time, Timeframe drawnOn) {
        int n = starts.length;
        if (time < starts[0]) {
            return (time - starts[0]) / (double) period(0);
        }
        int i = lastAtOrBefore(time);
        long offset = time - starts[i];
        long period = period(i);
        if (offset < period) {
            double d = Math.min(drawnOn.spacing().toSeconds(), period);
            return i - 0.5 + (offset + d / 2) / period;
        }
        return i == n - 1 ? i + offset / (double) period : i + 0.5;
    }

    /** The anchor time of x: the start of the nearest bar, or whole periods beyond the first or last bar. */
    public long time(double x) {
        long k = Math.round(x);
        int last = starts.length - 1;
        if (k < 0) {
            return starts[0] + k * period(0);
        }
        if (k > last) {
            return starts[last] + (k - last) * period(last);
        }
        return starts[(int) k];
    }

    /** The index of the bar nearest to x, clamped to the bars. */
    public int nearestBar(double x) {
        return (int) Math.max(0, Math.min(starts.length - 1, Math.round(x)));
    }

    /** The instant of a daily bar's trading date, as anchors store it. */
    public static long dayStart(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    private int lastAtOrBefore(long time) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= time) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
