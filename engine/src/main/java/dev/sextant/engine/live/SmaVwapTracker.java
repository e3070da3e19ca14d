package dev.sextant.engine.live;

import dev.sextant.engine.indicator.SessionSma;
import dev.sextant.engine.indicator.SessionVwapIndicator;
import dev.sextant.engine.market.calendar.ExchangeCalendar;
import dev.sextant.engine.market.calendar.TradingSession;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One symbol's SMA × session-VWAP cross detector, fed one final bar at a time. It computes exactly what
 * {@link dev.sextant.engine.strategy.SmaVwapCrossProvider} computes over the whole series (the same running SMA sum
 * from the first counted bar, the VWAP reset at each session's first bar, {@link dev.sextant.engine.strategy.CrossDetector}'s
 * sign rule), so that a session fed bar by bar after the same history gives the same crosses; a test holds the two
 * equal. Bars outside the regular session are skipped unless extended hours are on.
 */
final class SmaVwapTracker {

    /** What one bar gave: the session (exchange-local epoch day, or {@code Long.MIN_VALUE} outside), SMA, VWAP, cross. */
    record Step(long session, boolean inSession, boolean lastMinute, double sma, double vwap, int cross) {
    }

    private final ExchangeCalendar calendar;
    private final int period;
    private final SessionSma.Scope scope;
    private final SessionVwapIndicator.Price price;
    private final boolean extendedHours;
    private final double[] window;

    private long count;
    private double sum;
    private long session = Long.MIN_VALUE;
    private double pv;
    private double v;
    private int lastSign;

    private LocalDate day;
    private long dayStart;
    private long dayEnd = Long.MIN_VALUE;
    private long open;
    private long close;

    SmaVwapTracker(LiveSessionConfig config) {
        this.calendar = config.calendar();
        this.period = config.smaPeriod();
        this.scope = config.smaScope();
        this.price = config.vwapPrice();
        this.extendedHours = config.extendedHours();
        this.window = new double[period];
    }

    Step next(long time, double high, double low, double closePrice, double volume) {
        long label = label(time);
        if (label == Long.MIN_VALUE) {
            return new Step(label, false, false, Double.NaN, Double.NaN, 0);
        }
        if (label != session) {
            session = label;
            pv = 0;
            v = 0;
            if (scope == SessionSma.Scope.PER_SESSION) {
                count = 0;
                sum = 0;
            }
        }
        int slot = (int) (count % period);
        sum = count < period ? sum + closePrice : sum + closePrice - window[slot];
        window[slot] = closePrice;
        count++;
        double sma = count < period ? Double.NaN : sum / period;
        double p = price == SessionVwapIndicator.Price.CLOSE ? closePrice : (high + low + closePrice) / 3.0;
        pv += p * volume;
        v += volume;
        double vwap = v > 0 ? pv / v : Double.NaN;
        double d = sma - vwap;
        int cross = 0;
        if (!Double.isNaN(d) && d != 0) {
            int sign = d > 0 ? 1 : -1;
            if (lastSign != 0 && sign != lastSign) {
                cross = sign;
            }
            lastSign = sign;
        }
        boolean lastMinute = !extendedHours && time + 60 >= close;
        return new Step(label, true, lastMinute, sma, vwap, cross);
    }

    /** The session a bar starting at {@code time} belongs to, as {@link dev.sextant.engine.market.SessionLabels} says. */
    private long label(long time) {
        if (day == null || time >= dayEnd || time < dayStart) {
            day = calendar.localDate(time);
            dayStart = day.atStartOfDay(calendar.zone()).toEpochSecond();
            dayEnd = day.plusDays(1).atStartOfDay(calendar.zone()).toEpochSecond();
            Optional<TradingSession> s = calendar.session(day);
            open = s.map(TradingSession::open).orElse(dayEnd);
            close = s.map(TradingSession::close).orElse(dayEnd);
        }
        return extendedHours || (time >= open && time < close) ? day.toEpochDay() : Long.MIN_VALUE;
    }
}
