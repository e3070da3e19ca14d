package dev.sextant.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.backtest.ExitReason;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.backtest.SizingRule;
import dev.sextant.engine.backtest.TimeframeOptions;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.SignalColumns;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * sma-vwap-cross on 1-minute bars with SMA(2) in New York, extended hours (every bar counts and a
 * session is the New York date; the regular-hours default is in {@code SessionIndicatorsTest} and
 * {@code SessionCloseTest}). Every bar has high = close + 1 and
 * low = close − 1, so its typical price (h + l + c)/3 is exactly its close and the session VWAP
 * is Σ close·volume / Σ volume since the session's first bar. All values below are exact in
 * binary floating point; tolerance 1e-12.
 *
 * <pre>
 *  i  NY time           close vol  SMA2              session VWAP                 SMA−VWAP  signal
 *  0  03-04 18:57         10  300  –                 3000/300 = 10                  –
 *  1  03-04 18:58         14  100  12                (3000+1400)/400 = 11           +1      first defined: no entry
 *  2  03-04 18:59          6  100  10                (4400+600)/500 = 10             0      ignored
 *  3  03-04 19:00          4  100   5                (5000+400)/600 = 9             −4      down-cross: exit
 *     (= 00:00 UTC 03-05: same New York session, VWAP does not reset; reset here would give 4, diff +1)
 *  4  03-04 19:01         16  100  10                (5400+1600)/700 = 10            0      ignored
 *  5  03-05 09:30         20  100  18                new session: 2000/100 = 20     −2      no cross
 *     (without the reset VWAP would be 9000/800 = 11.25, diff +6.75: a false up-cross)
 *  6  03-05 09:31         24  100  22                (2000+2400)/200 = 22            0      ignored
 *  7  03-05 09:32         30  200  27                (4400+6000)/400 = 26           +1      up-cross: entry
 *  8  03-05 09:33         14  200  22                (10400+2800)/600 = 22           0      ignored (touch)
 *  9  03-05 09:34         40  100  27                (13200+4000)/700 = 24.571...   +2.43   same direction again: no entry
 * 10  03-05 09:35         10  100  25                (17200+1000)/800 = 22.75       +2.25   –
 * 11  03-05 09:36          2  400   6                (18200+800)/1200 = 15.833...   −9.83   down-cross: exit
 * 12  03-05 09:37          2  100   2                (19000+200)/1300 = 14.769...  −12.77   –
 * </pre>
 * A naive "previous ≤ 0 &lt; current" crossover would also buy again at 9 (after the touch at 8) and
 * sell again at 5 (after the touch at 4): consecutive crosses in the same direction, which the
 * provider suppresses, so its signals alternate.
 */
class SmaVwapCrossProviderTest {

    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final double[] CLOSE = {10, 14, 6, 4, 16, 20, 24, 30, 14, 40, 10, 2, 2};
    private static final double[] VOLUME = {300, 100, 100, 100, 100, 100, 100, 200, 200, 100, 100, 400, 100};

    private static PriceColumns bars() {
        long[] t = new long[CLOSE.length];
        long evening = ZonedDateTime.of(2024, 3, 4, 18, 57, 0, 0, NY).toEpochSecond();
        long morning = ZonedDateTime.of(2024, 3, 5, 9, 30, 0, 0, NY).toEpochSecond();
        for (int i = 0; i < t.length; i++) {
            t[i] = i < 5 ? evening + 60L * i : morning + 60L * (i - 5);
        }
        double[] high = new double[CLOSE.length];
        double[] low = new double[CLOSE.length];
        for (int i = 0; i < CLOSE.length; i++) {
            high[i] = CLOSE[i] + 1;
            low[i] = CLOSE[i] - 1;
        }
        return new PriceColumns("I", Timeframe.MINUTE_1, t, CLOSE.clone(), high, low, CLOSE.clone(), CLOSE.clone(),
                VOLUME.clone());
    }

    private static SignalColumns signals() {
        var p = new SmaVwapCrossProvider();
        return p.computeSignals(bars(), p.paramSpace().resolve(Map.of("smaPeriod", 2, "hours", "extended")));
    }

    @Test
    void barsSpanUtcMidnightInsideOneNewYorkSession() {
        // precondition of the table: bar 3 is 00:00 UTC of the next day, still 03-04 in New York
        PriceColumns b = bars();
        assertThat(b.instant(2).atZone(ZoneId.of("UTC")).toLocalDate()).hasToString("2024-03-04");
        assertThat(b.instant(3).atZone(ZoneId.of("UTC")).toLocalDate()).hasToString("2024-03-05");
        assertThat(b.instant(3).atZone(NY).toLocalDate()).hasToString("2024-03-04");
    }

    @Test
    void sessionVwapResetsAtTheExchangeLocalDate() {
        double[] expected = {10, 11, 10, 9, 10, 20, 22, 26, 22, 17200.0 / 700, 22.75, 19000.0 / 1200, 19200.0 / 1300};
        double[] vwap = signals().indicators().get("vwap");
        for (int i = 0; i < expected.length; i++) {
            assertThat(vwap[i]).as("vwap[%d]", i).isCloseTo(expected[i], within(1e-12));
        }
        double[] sma = signals().indicators().get("sma");
        assertThat(sma[0]).isNaN();
        assertThat(sma[1]).isCloseTo(12, within(1e-12));
        assertThat(sma[9]).isCloseTo(27, within(1e-12));
    }

    @Test
    void upCrossBuysDownCrossExitsAndSignalsAlternate() {
        SignalColumns s = signals();
        assertThat(s.firstTradable()).isEqualTo(1);
        // bar 1: SMA above VWAP on the first defined bar is not an entry; bar 9 re-crossing after the
        // exact touch on bar 8 is not a second entry; bar 5's session reset creates no cross
        assertThat(indices(s.entry())).containsExactly(7);
        assertThat(indices(s.exit())).containsExactly(3, 11);
    }

    /**
     * In a long-only backtest (open = close on these bars) the exit signal on bar 3 has nothing to
     * close; the up-cross on bar 7 buys at bar 8's open 14 (all-in: 10 000 / signal close 30 = 333
     * shares), the down-cross on bar 11 sells at bar 12's open 2: P&amp;L = 333 × (2 − 14) = −3 996.
     */
    @Test
    void backtestBuysOnTheUpCrossAndSellsOnTheDownCross() {
        PriceColumns b = bars();
        BacktestRequest req = BacktestRequest.builder("sma-vwap-cross", List.of("I"))
                .params(Map.of("smaPeriod", 2, "hours", "extended")).capital(10_000).maxPositions(1)
                .sizing(new SizingRule.AllIn()).timeframe(new TimeframeOptions(Timeframe.MINUTE_1, false, true)).build();
        BacktestResult r = new PortfolioBacktester(new StrategyCatalog(List.of(new SmaVwapCrossProvider())),
                new SignalCache(), 1).run(req, List.of(b));
        assertThat(r.executions()).extracting(Execution::side).containsExactly(Execution.Side.BUY, Execution.Side.SELL);
        assertThat(r.executions()).extracting(Execution::time).containsExactly(b.time()[8], b.time()[12]);
        assertThat(r.executions()).extracting(Execution::price).containsExactly(14.0, 2.0);
        assertThat(r.executions().get(0).shares()).isEqualTo(333);
        assertThat(r.roundTrips().get(0).exitReason()).isEqualTo(ExitReason.SIGNAL);
        assertThat(r.roundTrips().get(0).pnl()).isCloseTo(-3_996, within(1e-9));
    }

    private static List<Integer> indices(boolean[] a) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (a[i]) {
                out.add(i);
            }
        }
        return out;
    }
}
