package dev.sextant.engine.drawing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.market.BarResampler;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.market.Timeframe;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Golden cases of the time-to-x mapping, worked out by hand from the rule x = i - 0.5 + (offset + d/2) / period:
 * seven trading days in January 2024 (Monday 15 is a holiday) and the two weeks the resampler builds from them.
 */
class BarTimeScaleTest {

    static final double EPS = 1e-12;
    static final LocalDate[] DAYS = {LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 9), LocalDate.of(2024, 1, 10),
            LocalDate.of(2024, 1, 11), LocalDate.of(2024, 1, 12), LocalDate.of(2024, 1, 16), LocalDate.of(2024, 1, 17)};

    static PriceColumns daily() {
        int n = DAYS.length;
        long[] t = new long[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = DAYS[i].toEpochDay();
            p[i] = 100 + i;
        }
        return new PriceColumns("X", Timeframe.DAILY, t, p, p, p, p, p, p);
    }

    static long at(int month, int day) {
        return BarTimeScale.dayStart(LocalDate.of(2024, month, day));
    }

    @Test
    void aBarsOwnStartIsItsIndexAndOtherDaysFallInsideOrBetweenBars() {
        BarTimeScale d = BarTimeScale.of(daily());
        assertThat(d.index(at(1, 10), Timeframe.DAILY)).isCloseTo(2, within(EPS));
        assertThat(d.index(at(1, 16), Timeframe.DAILY)).isCloseTo(5, within(EPS));
        // Saturday 13: after Friday's bar (index 4) in the gap before Tuesday 16: the boundary 4.5
        assertThat(d.index(at(1, 13), Timeframe.DAILY)).isCloseTo(4.5, within(EPS));
        // a week's start drawn on weekly bars is its first trading day: the daily bar itself
        assertThat(d.index(at(1, 16), Timeframe.WEEKLY)).isCloseTo(5, within(EPS));
        // three days past the last bar (Wednesday 17) and three days before the first: whole days on
        assertThat(d.index(at(1, 20), Timeframe.DAILY)).isCloseTo(9, within(EPS));
        assertThat(d.index(at(1, 5), Timeframe.DAILY)).isCloseTo(-3, within(EPS));
    }

    @Test
    void daysDrawnOnDailyBarsLandInsideTheirWeekOnWeeklyBars() {
        PriceColumns weeks = new BarResampler(ExchangeCalendars.NYSE).resample(daily(), Timeframe.WEEKLY);
        assertThat(weeks.size()).isEqualTo(2);
        BarTimeScale w = BarTimeScale.of(weeks);
        // week 0 starts Monday 8; Wednesday 10 is 2 days in: -0.5 + 2.5/7
        assertThat(w.index(at(1, 10), Timeframe.DAILY)).isCloseTo(-0.5 + 2.5 / 7, within(EPS));
        // week 1 is stamped Tuesday 16 (its first trading day): 16 is 0 days in, 17 one day
        assertThat(w.index(at(1, 16), Timeframe.DAILY)).isCloseTo(0.5 + 0.5 / 7, within(EPS));
        assertThat(w.index(at(1, 17), Timeframe.DAILY)).isCloseTo(0.5 + 1.5 / 7, within(EPS));
        for (LocalDate day : DAYS) {
            double x = w.index(BarTimeScale.dayStart(day), Timeframe.DAILY);
            int week = day.isBefore(LocalDate.of(2024, 1, 15)) ? 0 : 1;
            assertThat(x).as("x of %s", day).isBetween(week - 0.5, week + 0.5);
        }
    }

    @Test
    void timeIsTheStartOfTheNearestBarOrWholePeriodsBeyondTheBars() {
        BarTimeScale d = BarTimeScale.of(daily());
        assertThat(d.time(2.4)).isEqualTo(at(1, 10));
        assertThat(d.time(4.6)).isEqualTo(at(1, 16));
        assertThat(d.time(8)).isEqualTo(at(1, 19));
        assertThat(d.time(-1)).isEqualTo(at(1, 7));
        for (int i = 0; i < DAYS.length; i++) {
            assertThat(d.index(d.time(i), Timeframe.DAILY)).isCloseTo(i, within(EPS));
        }
        assertThat(d.nearestBar(42)).isEqualTo(6);
        assertThat(d.nearestBar(-3)).isZero();
    }

    @Test
    void aMonthlyBarLastsItsCalendarMonth() {
        long[] t = {LocalDate.of(2024, 2, 1).toEpochDay(), LocalDate.of(2024, 3, 1).toEpochDay()};
        double[] p = {1, 2};
        BarTimeScale m = BarTimeScale.of(new PriceColumns("X", Timeframe.MONTHLY, t, p, p, p, p, p, p));
        assertThat(m.period(0)).isEqualTo(29 * 86_400L); // 2024 is a leap year
        assertThat(m.period(1)).isEqualTo(31 * 86_400L);
        // 15 February drawn on daily bars: 14 days into a 29-day month
        assertThat(m.index(at(2, 15), Timeframe.DAILY)).isCloseTo(-0.5 + 14.5 / 29, within(EPS));
    }

    @Test
    void anEmptySeriesHasNoScale() {
        assertThatThrownBy(() -> BarTimeScale.of(PriceColumns.empty("X", Timeframe.DAILY)))
                .hasMessageContaining("at least one bar");
    }
}
