package dev.sextant.engine.backtest;

import dev.sextant.engine.market.AlignedUniverse;
import dev.sextant.engine.market.calendar.ExchangeCalendar;
import dev.sextant.engine.market.SessionLabels;

/**
 * Flat overnight: marks each symbol's last bar of every session. On such a bar the simulator
 * drops entry signals (their fill would fall in the next session) and closes positions still open
 * at the bar's close with {@link ExitReason#SESSION_CLOSE}. A signal on the bar before the last
 * therefore fills at the last bar's open and, if it opened a position, closes at its close.
 */
final class SessionCloseRule {

    private final boolean[][] lastOfSession;

    private SessionCloseRule(boolean[][] lastOfSession) {
        this.lastOfSession = lastOfSession;
    }

    /** The rule for the series of {@code universe}, or null when the request holds positions overnight or is not intraday. */
    static SessionCloseRule of(TimeframeOptions options, AlignedUniverse universe, ExchangeCalendar calendar) {
        if (!options.flatOvernight()) {
            return null;
        }
        boolean[][] last = new boolean[universe.symbolCount()][];
        for (int s = 0; s < last.length; s++) {
            last[s] = SessionLabels.of(universe.series().get(s), calendar, options.extendedHours()).lastOfSessions();
        }
        return new SessionCloseRule(last);
    }

    /** Whether bar {@code i} of symbol {@code s} is the last of its session. */
    boolean closesSession(int s, int i) {
        return lastOfSession[s][i];
    }
}
