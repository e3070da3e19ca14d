package dev.sextant.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.market.SessionLabels;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Session VWAP and SMA against values worked out by hand. 1-minute bars, New York (EST):
 * <pre>
 *  i  time              high low close vol   typical  in session
 *  0  03-05 09:28        51   49   50  1000    50      no (pre-market)
 *  1  03-05 09:29        51   49   50  1000    50      no
 *  2  03-05 09:30        12    9   12   100    11      yes: the open, VWAP resets
 *  3  03-05 09:31        14   11   11   300    12      yes
 *  4  03-05 16:00        31   29   30   500    30      no (after-hours)
 *  5  03-06 09:30        21   18   21    50    20      yes: next open, VWAP resets
 * </pre>
 * Regular hours, typical price: 2 → 11; 3 → (11·100 + 12·300)/400 = 11.75; 5 → 20.
 * Regular hours, close: 2 → 12; 3 → (12·100 + 11·300)/400 = 11.25; 5 → 21.
 * Extended hours (every bar, sessions by date), typical: 0, 1 → 50; 2 → 101 100/2 100;
 * 3 → 104 700/2 400 = 43.625; 4 → 119 700/2 900; 5 → 20.
 * SMA(2) of close over regular bars: continuous 3 → (12+11)/2 = 11.5, 5 → (11+21)/2 = 16;
 * per session 3 → 11.5, 5 → NaN (the session's first bar). Tolerance 1e-12.
 */
class SessionIndicatorsTest {

    private static final double TOL = 1e-12;
    private static final ZoneId NY = ZoneId.of("America/New_York");

    private static PriceColumns bars() {
        long d1 = ZonedDateTime.of(2024, 3, 5, 9, 28, 0, 0, NY).toEpochSecond();
        long d2 = ZonedDateTime.of(2024, 3, 6, 9, 30, 0, 0, NY).toEpochSecond();
        long[] t = {d1, d1 + 60, d1 + 120, d1 + 180, ZonedDateTime.of(2024, 3, 5, 16, 0, 0, 0, NY).toEpochSecond(), d2};
        double[] h = {51, 51, 12, 14, 31, 21};
        double[] l = {49, 49, 9, 11, 29, 18};
        double[] c = {50, 50, 12, 11, 30, 21};
        double[] v = {1000, 1000, 100, 300, 500, 50};
        return new PriceColumns("I", Timeframe.MINUTE_1, t, c, h, l, c, c, v);
    }

    private static SessionLabels regular() {
        return SessionLabels.of(bars(), ExchangeCalendars.NYSE, false);
    }

    @Test
    void vwapResetsAtTheOpenAndLeavesOutBarsOutsideTheSession() {
        double[] vwap = SessionVwapIndicator.compute(bars(), regular(), SessionVwapIndicator.Price.TYPICAL);
        assertThat(vwap[0]).isNaN();
        assertThat(vwap[1]).isNaN();
        assertThat(vwap[2]).isCloseTo(11, within(TOL));
        assertThat(vwap[3]).isCloseTo(11.75, within(TOL));
        assertThat(vwap[4]).isNaN();
        assertThat(vwap[5]).isCloseTo(20, within(TOL));
    }

    @Test
    void vwapOfTheCloseIsAnOption() {
        double[] vwap = SessionVwapIndicator.compute(bars(), regular(), SessionVwapIndicator.Price.CLOSE);
        assertThat(vwap[2]).isCloseTo(12, within(TOL));
        assertThat(vwap[3]).isCloseTo(11.25, within(TOL));
        assertThat(vwap[5]).isCloseTo(21, within(TOL));
    }

    @Test
    void extendedHoursCountEveryBarOfTheDate() {
        SessionLabels all = SessionLabels.of(bars(), ExchangeCalendars.NYSE, true);
        double[] vwap = SessionVwapIndicator.compute(bars(), all, SessionVwapIndicator.Price.TYPICAL);
        assertThat(vwap[0]).isCloseTo(50, within(TOL));
        assertThat(vwap[2]).isCloseTo(101_100.0 / 2_100, within(TOL));
        assertThat(vwap[3]).isCloseTo(43.625, within(TOL));
        assertThat(vwap[4]).isCloseTo(119_700.0 / 2_900, within(TOL));
        assertThat(vwap[5]).isCloseTo(20, within(TOL));
    }

    @Test
    void smaRunsOverRegularBarsAcrossSessionsOrPerSession() {
        double[] continuous = SessionSma.of(bars().close(), regular(), 2, SessionSma.Scope.CONTINUOUS);
        assertThat(continuous[0]).isNaN();
        assertThat(continuous[2]).isNaN();
        assertThat(continuous[3]).isCloseTo(11.5, within(TOL));
        assertThat(continuous[4]).isNaN();
        assertThat(continuous[5]).isCloseTo(16, within(TOL));

        double[] perSession = SessionSma.of(bars().close(), regular(), 2, SessionSma.Scope.PER_SESSION);
        assertThat(perSession[3]).isCloseTo(11.5, within(TOL));
        assertThat(perSession[5]).isNaN();
    }

    @Test
    void labelsMarkEachSessionsFirstAndLastBar() {
        SessionLabels s = regular();
        assertThat(s.lastOfSessions()).containsExactly(false, false, false, true, false, true);
        assertThat(s.firstOfSession(2)).isTrue();
        assertThat(s.firstOfSession(5)).isTrue();
        assertThat(s.lastOfSession(3)).isTrue();
        assertThat(s.keepInSession(bars()).close()).containsExactly(12, 11, 21);
    }
}
