package dev.sextant.engine.market;

import dev.sextant.engine.market.calendar.ExchangeCalendar;
import dev.sextant.engine.market.calendar.TradingSession;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Which session each intraday bar belongs to: {@code session(i)} is the exchange-local epoch day
 * of the session, or {@link #OUTSIDE} for a bar outside every regular session (pre-market,
 * after-hours, a holiday). With extended hours opted in, every bar belongs to the session of its
 * exchange-local date. Daily and longer bars are each their own session.
 * <p>
 * The labels of a series are computed once per {@link PriceColumns} instance, calendar and hours
 * (its arrays are treated as immutable, as {@link DataFingerprint} does): a backtest reads them for
 * the tradable bars, the strategy's session indicators and the flat-overnight rule, and every
 * later run over the same loaded series reads them again.
 */
public final class SessionLabels {

    public static final long OUTSIDE = Long.MIN_VALUE;

    /** Per series instance, its labels by calendar id and hours ({@code "XNYS/regular"}). */
    private static final Map<PriceColumns, Map<String, SessionLabels>> MEMO = new WeakHashMap<>();

    private final long[] session;
    /** {@link #lastOfSessions()}, made on first use. */
    private volatile boolean[] lastOfSessions;

    private SessionLabels(long[] session) {
        this.session = session;
    }

    /**
     * @param extendedHours {@code false}: only bars inside the calendar's regular sessions are
     *        labelled; {@code true}: every bar, by its exchange-local date
     */
    public static SessionLabels of(PriceColumns bars, ExchangeCalendar calendar, boolean extendedHours) {
        String key = calendar.id() + (extendedHours ? "/extended" : "/regular");
        synchronized (MEMO) {
            SessionLabels known = MEMO.getOrDefault(bars, Map.of()).get(key);
            if (known != null) {
                return known;
            }
        }
        SessionLabels labels = compute(bars, calendar, extendedHours);
        synchronized (MEMO) {
            MEMO.computeIfAbsent(bars, b -> new HashMap<>()).put(key, labels);
        }
        return labels;
    }

    private static SessionLabels compute(PriceColumns bars, ExchangeCalendar calendar, boolean extendedHours) {
        int n = bars.size();
        long[] labels = new long[n];
        if (!bars.timeframe().isIntraday()) {
            System.arraycopy(bars.time(), 0, labels, 0, n);
            return new SessionLabels(labels);
        }
        long[] time = bars.time();
        long dayEnd = Long.MIN_VALUE;
        long open = 0;
        long close = 0;
        long day = 0;
        for (int i = 0; i < n; i++) {
            if (time[i] >= dayEnd || i == 0) {
                LocalDate date = calendar.localDate(time[i]);
                day = date.toEpochDay();
                dayEnd = date.plusDays(1).atStartOfDay(calendar.zone()).toEpochSecond();
                Optional<TradingSession> s = calendar.session(date);
                open = s.map(TradingSession::open).orElse(dayEnd);
                close = s.map(TradingSession::close).orElse(dayEnd);
            }
            labels[i] = extendedHours || (time[i] >= open && time[i] < close) ? day : OUTSIDE;
        }
        return new SessionLabels(labels);
    }

    public int size() {
        return session.length;
    }

    /** The session's exchange-local epoch day, or {@link #OUTSIDE}. */
    public long session(int i) {
        return session[i];
    }

    public boolean inSession(int i) {
        return session[i] != OUTSIDE;
    }

    /** Whether bar {@code i} is in a session and no later bar of the series is in the same one. */
    public boolean lastOfSession(int i) {
        if (session[i] == OUTSIDE) {
            return false;
        }
        for (int j = i + 1; j < session.length; j++) {
            if (session[j] != OUTSIDE) {
                return session[j] != session[i];
            }
        }
        return true;
    }

    /** Per bar: {@link #lastOfSession}, in one pass on first use; shared, so read-only. */
    public boolean[] lastOfSessions() {
        boolean[] known = lastOfSessions;
        if (known != null) {
            return known;
        }
        boolean[] last = new boolean[session.length];
        long next = OUTSIDE;
        for (int i = session.length - 1; i >= 0; i--) {
            if (session[i] != OUTSIDE) {
                last[i] = session[i] != next;
                next = session[i];
            }
        }
        lastOfSessions = last;
        return last;
    }

    /** Whether bar {@code i} starts its session: in a session and no earlier bar of the series is in the same one. */
    public boolean firstOfSession(int i) {
        if (session[i] == OUTSIDE) {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            if (session[j] != OUTSIDE) {
                return session[j] != session[i];
            }
        }
        return true;
    }

    /** The bars of {@code bars} inside sessions, in order (the series itself when all are). */
    public PriceColumns keepInSession(PriceColumns bars) {
        int kept = 0;
        for (long s : session) {
            if (s != OUTSIDE) {
                kept++;
            }
        }
        if (kept == session.length) {
            return bars;
        }
        long[] time = new long[kept];
        double[][] cols = new double[6][kept];
        double[][] src = {bars.open(), bars.high(), bars.low(), bars.close(), bars.adjClose(), bars.volume()};
        int k = 0;
        for (int i = 0; i < session.length; i++) {
            if (session[i] != OUTSIDE) {
                time[k] = bars.time()[i];
                for (int c = 0; c < 6; c++) {
                    cols[c][k] = src[c][i];
                }
                k++;
            }
        }
        return new PriceColumns(bars.symbol(), bars.timeframe(), time, cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]);
    }
}
