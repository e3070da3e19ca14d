package dev.sextant.engine.market;

import dev.sextant.engine.market.calendar.ExchangeCalendar;
import dev.sextant.engine.market.calendar.TradingSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Builds coarser bars from finer ones: the first open, the highest high, the lowest low, the last
 * close (and last adjusted close) and the summed volume of the bars that fall in each interval.
 *
 * <ul>
 *   <li>Intraday intervals are anchored at the session open of each day given by the exchange
 *       calendar (with a 09:30 open, 1h bars run 09:30-10:30, ..., 15:30-16:00; on a 13:00 early
 *       close the last is 12:30-13:00) and stamped with the interval's start, even when its first
 *       minutes have no bar. Source bars that start outside the regular session, or on a day
 *       without one (weekends, holidays), are left out. Each day's open is taken in the
 *       calendar's zone, so daylight-saving changes move it in UTC but not in local time.</li>
 *   <li>Weeks are ISO calendar weeks (Monday to Sunday) and months calendar months, each stamped
 *       with the date of its first trading day (the first daily bar in it).</li>
 * </ul>
 * Pure: no clock, no I/O; the result depends only on the input bars, the target and the calendar.
 */
public final class BarResampler {

    private static final long OUTSIDE_SESSION = Long.MIN_VALUE;

    private final ExchangeCalendar calendar;

    public BarResampler(ExchangeCalendar calendar) {
        this.calendar = calendar;
    }

    public ExchangeCalendar calendar() {
        return calendar;
    }

    /** The bars of {@code source} resampled to {@code target}; {@code source} itself when it already is. */
    public PriceColumns resample(PriceColumns source, Timeframe target) {
        Timeframe from = source.timeframe();
        if (!target.derivableFrom(from)) {
            throw new IllegalArgumentException("cannot build " + target.code() + " bars of " + source.symbol()
                    + " from " + from.code() + " bars");
        }
        if (target == from) {
            return source;
        }
        return target.isIntraday()
                ? aggregate(source, target, intervalStarts(source, target), false)
                : aggregate(source, target, calendarPeriods(source, target), true);
    }

    /** Per bar: the epoch second its target interval starts, or {@link #OUTSIDE_SESSION}. */
    private long[] intervalStarts(PriceColumns source, Timeframe target) {
        long sourceSeconds = source.timeframe().spacing().toSeconds();
        long targetSeconds = target.spacing().toSeconds();
        long[] time = source.time();
        long[] keys = new long[time.length];
        long dayStart = Long.MAX_VALUE;
        long dayEnd = Long.MIN_VALUE;
        long open = 0;
        long close = 0;
        for (int i = 0; i < time.length; i++) {
            long t = time[i];
            if (t < dayStart || t >= dayEnd) {
                LocalDate day = calendar.localDate(t);
                dayStart = day.atStartOfDay(calendar.zone()).toEpochSecond();
                dayEnd = day.plusDays(1).atStartOfDay(calendar.zone()).toEpochSecond();
                Optional<TradingSession> session = calendar.session(day);
                open = session.map(TradingSession::open).orElse(dayEnd);
                close = session.map(TradingSession::close).orElse(dayEnd);
            }
            if (t < open || t >= close) {
                keys[i] = OUTSIDE_SESSION;
                continue;
            }
            long sinceOpen = t - open;
            if (sinceOpen % sourceSeconds != 0) {
                throw new IllegalArgumentException(source.symbol() + " " + source.timeframe().code() + " bar at "
                        + Instant.ofEpochSecond(t) + " does not start on the " + source.timeframe().code()
                        + " grid of the session opening at " + Instant.ofEpochSecond(open));
            }
            keys[i] = open + sinceOpen - sinceOpen % targetSeconds;
        }
        return keys;
    }

    /** Per bar: the index of its ISO week (weeks since the Monday before the epoch) or of its month. */
    private static long[] calendarPeriods(PriceColumns source, Timeframe target) {
        long[] time = source.time();
        long[] keys = new long[time.length];
        for (int i = 0; i < time.length; i++) {
            if (target == Timeframe.WEEKLY) {
                keys[i] = Math.floorDiv(time[i] + 3, 7); // epoch day 0 (1970-01-01) is a Thursday
            } else {
                LocalDate d = LocalDate.ofEpochDay(time[i]);
                keys[i] = d.getYear() * 12L + d.getMonthValue() - 1;
            }
        }
        return keys;
    }

    /** Groups consecutive bars with equal keys; a group is stamped with its key or with its first bar's time. */
    private static PriceColumns aggregate(PriceColumns s, Timeframe target, long[] keys, boolean stampWithFirstBar) {
        int n = keys.length;
        int groups = 0;
        long previous = OUTSIDE_SESSION;
        for (long key : keys) {
            if (key != OUTSIDE_SESSION && key != previous) {
                groups++;
                previous = key;
            }
        }
        long[] time = new long[groups];
        double[] open = new double[groups];
        double[] high = new double[groups];
        double[] low = new double[groups];
        double[] close = new double[groups];
        double[] adjClose = new double[groups];
        double[] volume = new double[groups];
        int g = -1;
        long current = OUTSIDE_SESSION;
        for (int i = 0; i < n; i++) {
            long key = keys[i];
            if (key == OUTSIDE_SESSION) {
                continue;
            }
            if (key != current) {
                g++;
                current = key;
                time[g] = stampWithFirstBar ? s.time()[i] : key;
                open[g] = s.open()[i];
                high[g] = s.high()[i];
                low[g] = s.low()[i];
                volume[g] = 0;
            } else {
                high[g] = Math.max(high[g], s.high()[i]);
                low[g] = Math.min(low[g], s.low()[i]);
            }
            close[g] = s.close()[i];
            adjClose[g] = s.adjClose()[i];
            volume[g] += s.volume()[i];
        }
        return new PriceColumns(s.symbol(), target, time, open, high, low, close, adjClose, volume);
    }
}
