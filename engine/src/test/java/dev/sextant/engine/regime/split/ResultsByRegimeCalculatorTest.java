package dev.sextant.engine.regime.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.EquityCurve;
import dev.sextant.engine.backtest.ExitReason;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.RegimePerformance;
import dev.sextant.engine.regime.ResultsByRegime;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ResultsByRegimeCalculatorTest {

    private static final LocalDate D0 = LocalDate.of(2021, 3, 1);

    private static long day(int i) {
        return D0.plusDays(i).toEpochDay();
    }

    private static RoundTrip trip(int entryDay, double pnl, boolean open) {
        return new RoundTrip("A", day(entryDay), 10, 100, open ? null : day(entryDay + 1), open ? null : 11.0,
                open ? null : ExitReason.SIGNAL, pnl, pnl / 1000, 1, 0, 0);
    }

    @Test
    void dailyReturnsGoToTheRegimeOfTheirDayAndTradesToTheRegimeOfTheirEntry() {
        // equity 100, 110, 99, 99, 108.9; days 1–2 strong_bull, day 3 weak_bear, day 4 not classified
        EquityCurve curve = new EquityCurve(Timeframe.DAILY, new long[] {day(0), day(1), day(2), day(3), day(4)},
                new double[] {100, 110, 99, 99, 108.9}, null, new double[5], new double[5], new int[5]);
        SortedMap<LocalDate, MarketRegime> regimes = new TreeMap<>();
        regimes.put(D0, MarketRegime.WEAK_BEAR);
        regimes.put(D0.plusDays(1), MarketRegime.STRONG_BULL);
        regimes.put(D0.plusDays(2), MarketRegime.STRONG_BULL);
        regimes.put(D0.plusDays(3), MarketRegime.WEAK_BEAR);
        List<RoundTrip> trips = List.of(trip(0, 50, false), trip(1, -20, false), trip(2, 30, false), trip(2, 40, true), trip(4, 10, false));
        BacktestRequest request = BacktestRequest.builder("sma_cross", List.of("A")).build();
        BacktestResult result = new BacktestResult(request, null, List.of(), trips, curve, null, List.of());

        ResultsByRegime table = new ResultsByRegimeCalculator(regimes).table("sma_cross", result);
        ResultsByRegime.Row row = table.rows().getFirst();
        assertThat(row.strategy()).isEqualTo("sma_cross");
        assertThat(row.unclassifiedDays()).isEqualTo(1);

        RegimePerformance bull = row.cell(MarketRegime.STRONG_BULL);
        assertThat(bull.days()).isEqualTo(2);
        assertThat(bull.totalReturn()).isCloseTo(1.1 * 0.9 - 1, within(1e-12));
        double mean = (0.1 - 0.1) / 2;
        double sd = Math.sqrt((Math.pow(0.1 - mean, 2) + Math.pow(-0.1 - mean, 2)) / 1);
        assertThat(bull.sharpe()).isCloseTo((mean - request.riskFreeRate() / 252) / sd * Math.sqrt(252), within(1e-12));
        assertThat(bull.trades()).isEqualTo(2); // entered day 1 (loss) and day 2 (win); the open one is left out
        assertThat(bull.winRate()).isEqualTo(0.5);

        RegimePerformance bear = row.cell(MarketRegime.WEAK_BEAR);
        assertThat(bear.days()).isEqualTo(1);
        assertThat(bear.totalReturn()).isZero();
        assertThat(bear.sharpe()).isNull(); // one day: no deviation
        assertThat(bear.trades()).isEqualTo(1);
        assertThat(bear.winRate()).isEqualTo(1.0);

        RegimePerformance panic = row.cell(MarketRegime.PANIC_CRASH);
        assertThat(panic.days()).isZero();
        assertThat(panic.trades()).isZero();
        assertThat(panic.winRate()).isNull();
        assertThat(row.cells()).extracting(RegimePerformance::regime).containsExactly(MarketRegime.values());
    }
}
