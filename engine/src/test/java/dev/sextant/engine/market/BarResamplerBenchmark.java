package dev.sextant.engine.market;

import dev.sextant.engine.market.calendar.ExchangeCalendars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long resampling takes on a load: a year of one-minute bars (252 sessions, 04:00-20:00 New York, so 60 % of
 * the bars are outside the regular session) to 5m and 1h, and 40 years of daily bars to 1w and 1mo. Prints the
 * median and the maximum of 30 runs after 10 warm-up runs; asserts bar counts only, never timings.
 * Run: {@code ./mvnw -pl engine -am test -Dengine.excludedGroups= -Dgroups=benchmark -Dtest=BarResamplerBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class BarResamplerBenchmark {

    private static final int SESSIONS = 252;

    private final BarResampler resampler = new BarResampler(ExchangeCalendars.NYSE);

    @Test
    void aYearOfMinutesAndFortyYearsOfDays() {
        PriceColumns minutes = minutes();
        PriceColumns days = days(LocalDate.of(1986, 1, 1), LocalDate.of(2025, 12, 31));

        assertThat(measure("1m -> 5m", minutes.size(), () -> resampler.resample(minutes, Timeframe.MINUTE_5)).size())
                .isEqualTo(SESSIONS * 78);
        assertThat(measure("1m -> 1h", minutes.size(), () -> resampler.resample(minutes, Timeframe.HOUR_1)).size())
                .isEqualTo(SESSIONS * 7);
        assertThat(measure("1d -> 1w", days.size(), () -> resampler.resample(days, Timeframe.WEEKLY)).size())
                .isEqualTo(ChronoUnit.WEEKS.between(LocalDate.of(1985, 12, 30), LocalDate.of(2025, 12, 29)) + 1);
        assertThat(measure("1d -> 1mo", days.size(), () -> resampler.resample(days, Timeframe.MONTHLY)).size())
                .isEqualTo(480);
    }

    private static PriceColumns measure(String what, int bars, Supplier<PriceColumns> run) {
        PriceColumns out = null;
        for (int i = 0; i < 10; i++) {
            out = run.get();
        }
        long[] nanos = new long[30];
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            out = run.get();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("%-10s %,9d bars in: median %.2f ms, max %.2f ms%n", what, bars, nanos[15] / 1e6,
                nanos[nanos.length - 1] / 1e6);
        return out;
    }

    private static PriceColumns minutes() {
        BarRows rows = new BarRows("BENCH", Timeframe.MINUTE_1);
        int sessions = 0;
        for (LocalDate d = LocalDate.of(2024, 1, 2); sessions < SESSIONS; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() > 5) {
                continue;
            }
            sessions++;
            long first = d.atTime(LocalTime.of(4, 0)).atZone(BarRows.NEW_YORK).toEpochSecond();
            for (int m = 0; m < 16 * 60; m++) {
                double p = 100 + Math.sin((sessions * 960 + m) / 500.0);
                rows.add(first + 60L * m, p, p + 0.05, p - 0.05, p + 0.01, 100);
            }
        }
        return rows.build();
    }

    private static PriceColumns days(LocalDate from, LocalDate to) {
        BarRows rows = new BarRows("BENCH", Timeframe.DAILY);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                double p = 100 + Math.sin(d.toEpochDay() / 50.0);
                rows.add(d.toEpochDay(), p, p + 1, p - 1, p + 0.1, 1000);
            }
        }
        return rows.build();
    }
}
