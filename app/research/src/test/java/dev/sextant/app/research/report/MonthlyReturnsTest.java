package dev.sextant.app.research.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.backtest.EquityCurve;
import dev.sextant.engine.market.Timeframe;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MonthlyReturnsTest {

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void eachMonthIsItsLastEquityOverThePreviousMonthsLast() {
        long[] time = {day("2023-11-29"), day("2023-11-30"), day("2023-12-15"), day("2023-12-29"), day("2024-01-02"), day("2024-01-31")};
        double[] equity = {100, 110, 90, 99, 120, 108.9};
        EquityCurve curve = new EquityCurve(Timeframe.DAILY, time, equity, null, new double[6], new double[6], new int[6]);

        MonthlyReturns m = MonthlyReturns.of(curve);

        assertThat(m.byYear()).containsOnlyKeys(2023, 2024);
        assertThat(m.byYear().get(2023)[10]).isCloseTo(0.10, within(1e-12));   // 110 / 100 - 1
        assertThat(m.byYear().get(2023)[11]).isCloseTo(-0.10, within(1e-12));  // 99 / 110 - 1
        assertThat(m.byYear().get(2023)[0]).isNaN();
        assertThat(m.byYear().get(2024)[0]).isCloseTo(0.10, within(1e-12));    // 108.9 / 99 - 1
        assertThat(m.yearReturn(2023)).isCloseTo(1.10 * 0.90 - 1, within(1e-12));
        assertThat(m.yearReturn(2024)).isCloseTo(0.10, within(1e-12));
        assertThat(m.yearReturn(2022)).isNaN();
        assertThat(m.maxAbs()).isCloseTo(0.10, within(1e-12));
    }
}
