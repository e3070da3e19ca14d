package dev.sextant.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.ExitReason;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.backtest.SizingRule;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.SignalColumns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * rsi-reversion with RSI(2) (Wilder, α = 1/2, seeded with the gain/loss of bar 2), trend SMA(8),
 * entry below 30, exit above 70, time exit after 3 bars. Daily bars from
 * {@link TestBars#fromCloses} (open = previous close). Hand arithmetic:
 *
 * <pre>
 *  bar  close  change  avg gain                 avg loss          RSI
 *  0    100
 *  1    100
 *  2    100     0      0 (seed)                 0 (seed)
 *  3    150   +50      0 + (50 − 0)/2 = 25      0                 100
 *  4..7 150     0      12.5, 6.25, 3.125, 1.5625  0               100
 *  8    146    −4      0.78125                  (4 − 0)/2 = 2     100 − 100/(1 + 0.390625) = 28.0899  &lt; 30
 *       SMA8(bars 1..8) = (2·100 + 5·150 + 146)/8 = 1096/8 = 137 &lt; 146: trend holds → entry on bar 8
 * path A (RSI recovery):
 *  9    151    +5      0.78125 + (5 − 0.78125)/2 = 2.890625   1   100 − 100/3.890625 = 74.2972  &gt; 70 → exit
 * path B (time exit): bars 9.. close 147
 *  9    147    +1      0.890625                 1                 100 − 100/1.890625 = 47.1074
 *  10.. 147     0      halves                   halves            47.1074 (ratio unchanged)
 * </pre>
 */
class RsiReversionProviderTest {

    private static final Map<String, Object> PARAMS = Map.of("rsiPeriod", 2, "trendSma", 8, "entryBelow", 30,
            "exitAbove", 70, "maxHoldDays", 3);
    private static final double[] PATH_A = {100, 100, 100, 150, 150, 150, 150, 150, 146, 151, 151, 151, 151, 151, 151};
    private static final double[] PATH_B = {100, 100, 100, 150, 150, 150, 150, 150, 146, 147, 147, 147, 147, 147, 147};

    private static SignalColumns signals(double[] close) {
        var p = new RsiReversionProvider();
        return p.computeSignals(TestBars.fromCloses("R", close, 1e6), p.paramSpace().resolve(PARAMS));
    }

    private static BacktestResult backtest(double[] close) {
        PriceColumns bars = TestBars.fromCloses("R", close, 1e6);
        BacktestRequest req = BacktestRequest.builder("rsi-reversion", List.of("R")).params(PARAMS).capital(10_000)
                .maxPositions(1).sizing(new SizingRule.AllIn()).build();
        return new PortfolioBacktester(new StrategyCatalog(List.of(new RsiReversionProvider())), new SignalCache(), 1)
                .run(req, List.of(bars));
    }

    @Test
    void entryNeedsRsiBelowThresholdAndCloseAboveTrendSma() {
        SignalColumns s = signals(PATH_A);
        assertThat(s.firstTradable()).isEqualTo(7); // max(rsiPeriod 2, trendSma 8 − 1)
        assertThat(s.indicators().get("rsi")[8]).isCloseTo(100 - 100 / 1.390625, within(1e-9));
        assertThat(s.indicators().get("sma_trend")[8]).isCloseTo(137, within(1e-9));
        assertThat(s.entry()).containsExactly(false, false, false, false, false, false, false, false, true,
                false, false, false, false, false, false);
        assertThat(s.maxHoldBars()[8]).isEqualTo(3);

        // the same dip below the trend SMA is not an entry: with SMA(5) of bars 4..8 = (4·150 + 146)/5
        // = 149.2 > 146 the trend filter fails although RSI is still 28.09
        var p = new RsiReversionProvider();
        SignalColumns noTrend = p.computeSignals(TestBars.fromCloses("R", PATH_A, 1e6),
                p.paramSpace().resolve(Map.of("rsiPeriod", 2, "trendSma", 5, "entryBelow", 30, "exitAbove", 70)));
        assertThat(noTrend.indicators().get("rsi")[8]).isLessThan(30);
        assertThat(noTrend.indicators().get("sma_trend")[8]).isCloseTo(149.2, within(1e-9));
        assertThat(noTrend.entry()[8]).isFalse();
    }

    /**
     * Path A: bought at bar 9's open 146 (all-in: 10 000 / 146 = 68.49 → 68 shares); RSI 74.30 &gt;
     * 70 on bar 9's close → sold at bar 10's open 151. P&amp;L = 68 × 5 = 340, 1 bar held.
     */
    @Test
    void exitWhenRsiRisesAboveExitThreshold() {
        assertThat(signals(PATH_A).indicators().get("rsi")[9]).isCloseTo(100 - 100 / 3.890625, within(1e-9));
        assertThat(signals(PATH_A).exit()[9]).isTrue();
        BacktestResult r = backtest(PATH_A);
        assertThat(r.roundTrips()).hasSize(1);
        RoundTrip t = r.roundTrips().get(0);
        assertThat(t.entryTime()).isEqualTo(TestBars.DAY0 + 9);
        assertThat(t.entryPrice()).isEqualTo(146);
        assertThat(t.shares()).isEqualTo(68);
        assertThat(t.exitReason()).isEqualTo(ExitReason.SIGNAL);
        assertThat(t.exitTime()).isEqualTo(TestBars.DAY0 + 10);
        assertThat(t.exitPrice()).isEqualTo(151);
        assertThat(t.barsHeld()).isEqualTo(1);
        assertThat(t.pnl()).isCloseTo(340, within(1e-9));
    }

    /**
     * Path B: RSI stays at 47.11 (between 30 and 70), so the position held from bar 9's open (146)
     * leaves by the 3-bar time exit: closes of bars 9, 10, 11 → sold at bar 12's open 147.
     * P&amp;L = 68 × 1 = 68, 3 bars held.
     */
    @Test
    void exitAfterMaxHoldDaysWhenRsiDoesNotRecover() {
        SignalColumns s = signals(PATH_B);
        for (int i = 9; i < PATH_B.length; i++) {
            assertThat(s.indicators().get("rsi")[i]).as("rsi[%d]", i).isCloseTo(100 - 100 / 1.890625, within(1e-9));
            assertThat(s.exit()[i]).isFalse();
            assertThat(s.entry()[i]).isFalse();
        }
        BacktestResult r = backtest(PATH_B);
        assertThat(r.roundTrips()).hasSize(1);
        RoundTrip t = r.roundTrips().get(0);
        assertThat(t.exitReason()).isEqualTo(ExitReason.TIME);
        assertThat(t.exitTime()).isEqualTo(TestBars.DAY0 + 12);
        assertThat(t.exitPrice()).isEqualTo(147);
        assertThat(t.barsHeld()).isEqualTo(3);
        assertThat(t.pnl()).isCloseTo(68, within(1e-9));
    }
}
