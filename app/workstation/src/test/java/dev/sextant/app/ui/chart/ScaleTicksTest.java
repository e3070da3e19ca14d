package dev.sextant.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Price-scale and time-axis ticks against small cases worked out by hand. */
class ScaleTicksTest {

    @Test
    void niceStepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertThat(PriceTicks.niceStep(0.3)).isEqualTo(0.5);
        assertThat(PriceTicks.niceStep(1.0)).isEqualTo(1.0);
        assertThat(PriceTicks.niceStep(1.7)).isEqualTo(2.0);
        assertThat(PriceTicks.niceStep(2.2)).isEqualTo(2.5);
        assertThat(PriceTicks.niceStep(13)).isEqualTo(20.0);
        assertThat(PriceTicks.niceStep(6000)).isEqualTo(10000.0);
        assertThatThrownBy(() -> PriceTicks.niceStep(0)).hasMessage("tick step must be a positive number, got 0.0");
    }

    @Test
    void aboutOneLinearTickPerSixtyPixels() {
        // 600 px: 10 ticks wanted over 351.2 .. 536.9 (span 185.7): raw step 18.57 -> 20
        assertThat(PriceTicks.count(600)).isEqualTo(10);
        List<Double> ticks = PriceTicks.linear(351.2, 536.9, PriceTicks.count(600));
        assertThat(ticks).containsExactly(360.0, 380.0, 400.0, 420.0, 440.0, 460.0, 480.0, 500.0, 520.0);
        assertThat(PriceTicks.count(50)).isEqualTo(2);
        // 250 px over 385 .. 505: 4 ticks wanted, raw step 30; 25 is nearer than 50 (ratio 1.2 against 1.67)
        assertThat(PriceTicks.nearestStep(30)).isEqualTo(25.0);
        assertThat(PriceTicks.nearestStep(0.14)).isEqualTo(0.1);
        assertThat(PriceTicks.nearestStep(0.16)).isEqualTo(0.2);
        assertThat(PriceTicks.linear(385, 505, PriceTicks.count(250))).containsExactly(400.0, 425.0, 450.0, 475.0, 500.0);
    }

    @Test
    void logTicksAreNiceNumbersAboutEvenlySpacedInLogSpace() {
        // 100 .. 400 on 8 ticks: ideal factor 4^(1/8) = 1.189; worked through by hand
        List<Double> ticks = PriceTicks.log(100, 400, 8);
        assertThat(ticks).containsExactly(100.0, 120.0, 150.0, 200.0, 250.0, 300.0, 400.0);
        for (int i = 1; i < ticks.size(); i++) {
            double ratio = ticks.get(i) / ticks.get(i - 1);
            assertThat(ratio).isBetween(1.15, 1.5);
        }
        // a wide range still gets ticks between the powers of ten (ChartFX's own log axis would give 10, 100, 1000 only)
        assertThat(PriceTicks.log(5, 2000, 10)).hasSizeGreaterThan(5).contains(10.0, 100.0, 1000.0);
    }

    private static PriceColumns daily(LocalDate first, int n) {
        long[] t = new long[n];
        List<Long> days = new ArrayList<>();
        for (LocalDate d = first; days.size() < n; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d.toEpochDay());
            }
        }
        double[] p = new double[n];
        java.util.Arrays.fill(p, 100);
        for (int i = 0; i < n; i++) {
            t[i] = days.get(i);
        }
        return new PriceColumns("T", Timeframe.DAILY, t, p, p, p, p, p, p);
    }

    @Test
    void dailyBarsAreLabelledAtMonthStartsWithTheYearAtAYearStart() {
        // weekdays from 2023-11-01: about 130 bars to mid 2024
        PriceColumns bars = daily(LocalDate.of(2023, 11, 1), 130);
        TimeTicks calendar = TimeTicks.of(bars);
        List<TimeTicks.Tick> ticks = calendar.ticks(0, bars.size(), 8);
        assertThat(ticks).extracting(TimeTicks.Tick::label).containsExactly("Dec", "2024", "Feb", "Mar", "Apr");
        // each tick sits on the first bar of its month
        for (TimeTicks.Tick t : ticks) {
            LocalDate d = LocalDate.ofEpochDay(bars.time()[t.index()]);
            LocalDate before = LocalDate.ofEpochDay(bars.time()[t.index() - 1]);
            assertThat(d.getMonth()).isNotEqualTo(before.getMonth());
        }
        // more room: weeks, labelled by day of month
        List<TimeTicks.Tick> weeks = calendar.ticks(0, 30, 8);
        // Mondays from 2023-11-06; 1 December was a Friday, so the week of the 4th is labelled by its day
        assertThat(weeks).extracting(TimeTicks.Tick::label).containsExactly("6", "13", "20", "27", "4", "11");
        // 20 years (2004 .. 2023) in room for 8 labels: every year gives 19, every second year 9, every fifth 4
        PriceColumns long20 = daily(LocalDate.of(2004, 1, 5), 5200);
        assertThat(TimeTicks.of(long20).ticks(0, long20.size(), 8)).extracting(TimeTicks.Tick::label)
                .containsExactly("2005", "2010", "2015", "2020");
    }

    @Test
    void intradayBarsAreLabelledWithTimesAndTheDayAtASessionStart() {
        // two sessions of 1-minute bars, 09:30 .. 15:59 New York
        List<Long> times = new ArrayList<>();
        for (LocalDate d : List.of(LocalDate.of(2024, 3, 14), LocalDate.of(2024, 3, 15))) {
            for (int m = 0; m < 390; m++) {
                times.add(LocalDateTime.of(d, java.time.LocalTime.of(9, 30).plusMinutes(m))
                        .atZone(BarTimeFormat.EXCHANGE_ZONE).toEpochSecond());
            }
        }
        int n = times.size();
        long[] t = times.stream().mapToLong(Long::longValue).toArray();
        double[] p = new double[n];
        java.util.Arrays.fill(p, 10);
        PriceColumns bars = new PriceColumns("T", Timeframe.MINUTE_1, t, p, p, p, p, p, p);
        List<TimeTicks.Tick> ticks = TimeTicks.of(bars).ticks(0, n, 8);
        // 780 bars, 8 labels: hourly ticks give 6 + 1 + 6 = 13, two-hourly 3 + 1 + 3 = 7
        assertThat(ticks).extracting(TimeTicks.Tick::label).containsExactly("10:00", "12:00", "14:00", "15 Mar", "10:00",
                "12:00", "14:00");
        assertThat(ticks.get(3).index()).isEqualTo(390);
    }

    @Test
    void aStretchedPriceRangeKeepsItsMiddle() {
        ValueRange r = new ValueRange(100, 200).stretch(2, false);
        assertThat(r.min()).isCloseTo(50, within(1e-12));
        assertThat(r.max()).isCloseTo(250, within(1e-12));
        ValueRange log = new ValueRange(100, 400).stretch(0.5, true);
        assertThat(log.min()).isCloseTo(141.421356, within(1e-5));   // geometric middle 200, half the log span
        assertThat(log.max()).isCloseTo(282.842712, within(1e-5));
    }
}
