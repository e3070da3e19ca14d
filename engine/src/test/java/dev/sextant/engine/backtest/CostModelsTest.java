package dev.sextant.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Commission ({@code per-share:x}, {@code per-trade:x}) and range slippage ({@code range:f}):
 * fill prices, fees and P&amp;L computed by hand. Tolerance 1e-9 (currency).
 */
class CostModelsTest {

    private static final double TOL = 1e-9;

    /** Flat bars (open = close = 100, high 101, low 99); entry signalled on bar 3, exit on bar 5. */
    private static double[][] flat(int n) {
        double[][] ohlc = new double[4][n];
        for (int i = 0; i < n; i++) {
            ohlc[0][i] = 100;
            ohlc[1][i] = 101;
            ohlc[2][i] = 99;
            ohlc[3][i] = 100;
        }
        return ohlc;
    }

    private static PriceColumns series(double[][] ohlc) {
        double[] v = new double[ohlc[0].length];
        java.util.Arrays.fill(v, 1e6);
        return TestBars.of("A", TestBars.DAY0, ohlc[0], ohlc[1], ohlc[2], ohlc[3], v);
    }

    private static void bar(double[][] x, int i, double open, double high, double low, double close) {
        x[0][i] = open;
        x[1][i] = high;
        x[2][i] = low;
        x[3][i] = close;
    }

    private static final ScriptedProvider ENTER_3_EXIT_5 = new ScriptedProvider().script("A", b -> {
        b.entry[3] = true;
        b.exit[5] = true;
    });

    private static BacktestResult run(BacktestRequest.Builder b, PriceColumns bars) {
        return new PortfolioBacktester(new StrategyCatalog(List.of(ENTER_3_EXIT_5)), new SignalCache(), 1)
                .run(b.build(), List.of(bars));
    }

    private static BacktestRequest.Builder request() {
        return BacktestRequest.builder("scripted", List.of("A")).capital(10_000).maxPositions(1)
                .sizing(new SizingRule.FixedFraction(0.5));
    }

    /**
     * per-share:0.01. Budget 0.5 × 10 000 = 5 000 / signal close 100 → 50 shares, bought at the
     * open of bar 4 (100), fee 50 × 0.01 = 0.50; sold at the open of bar 6 (110), fee 0.50.
     * P&amp;L = 50 × (110 − 100) − 0.50 − 0.50 = 499; final equity 10 499 (flat afterwards).
     */
    @Test
    void perShareCommissionIsChargedOnEachFill() {
        double[][] x = flat(10);
        bar(x, 6, 110, 111, 109, 110);
        for (int i = 7; i < 10; i++) {
            bar(x, i, 110, 111, 109, 110);
        }
        BacktestResult r = run(request().commission(FeeModel.parse("per-share:0.01")), series(x));
        Execution buy = r.executions().get(0);
        Execution sell = r.executions().get(1);
        assertThat(buy.shares()).isEqualTo(50);
        assertThat(buy.price()).isEqualTo(100);
        assertThat(buy.fee()).isCloseTo(0.5, within(TOL));
        assertThat(sell.price()).isEqualTo(110);
        assertThat(sell.fee()).isCloseTo(0.5, within(TOL));
        assertThat(r.roundTrips().get(0).pnl()).isCloseTo(499, within(TOL));
        assertThat(r.metrics().finalEquity()).isCloseTo(10_499, within(TOL));
    }

    /**
     * per-share:1 with all-in sizing: 10 000 / 100 = 100 shares would cost 100 × 100 + 100 × 1 =
     * 10 100 &gt; 10 000 cash, so the order is cut to the cash including costs: 99 shares cost
     * 99 × 100 + 99 = 9 999. Cash left 1; selling at 100 pays 99 in fees: P&amp;L = −198.
     */
    @Test
    void perShareCommissionCutsAnAllInOrderToTheCash() {
        BacktestResult r = run(request().sizing(new SizingRule.AllIn()).commission(FeeModel.parse("per-share:1")),
                series(flat(10)));
        assertThat(r.executions().get(0).shares()).isEqualTo(99);
        assertThat(r.executions().get(0).fee()).isCloseTo(99, within(TOL));
        assertThat(r.curve().equity()[4]).isCloseTo(1 + 99 * 100, within(TOL)); // cash 1 + 99 shares at close 100
        assertThat(r.roundTrips().get(0).pnl()).isCloseTo(-198, within(TOL));
    }

    /**
     * per-trade:2.5 is the same amount on each fill, whatever the size: 50 shares bought at 100,
     * sold at 104 (open of bar 6). P&amp;L = 50 × 4 − 2 × 2.5 = 195; fees independent of shares.
     */
    @Test
    void perTradeCommissionIsAFixedAmountPerFill() {
        double[][] x = flat(10);
        for (int i = 6; i < 10; i++) {
            bar(x, i, 104, 105, 103, 104);
        }
        BacktestResult r = run(request().commission(FeeModel.parse("per-trade:2.5")), series(x));
        assertThat(r.executions()).extracting(Execution::fee).containsExactly(2.5, 2.5);
        assertThat(r.roundTrips().get(0).pnl()).isCloseTo(195, within(TOL));
        assertThat(r.metrics().finalEquity()).isCloseTo(10_195, within(TOL));
        // 90 shares instead of 50, the same fee: P&L = 90 × 4 − 5 = 355
        BacktestResult big = run(request().sizing(new SizingRule.FixedFraction(0.9)).commission(FeeModel.parse("per-trade:2.5")),
                series(x));
        assertThat(big.executions().get(0).shares()).isEqualTo(90);
        assertThat(big.executions()).extracting(Execution::fee).containsExactly(2.5, 2.5);
        assertThat(big.roundTrips().get(0).pnl()).isCloseTo(90 * 4 - 5, within(TOL));
    }

    /**
     * range:0.1 = 10 % of the fill bar's high − low, added to buys, subtracted from sells.
     * Buy bar 4: open 100, high 103, low 98 → range 5 → 100 + 0.5 = 100.5.
     * Sell bar 6: open 110, high 112, low 106 → range 6 → 110 − 0.6 = 109.4.
     * 50 shares (5 000 / signal close 100; 50 × 100.5 = 5 025 fits the cash), per-trade:1:
     * P&amp;L = 50 × (109.4 − 100.5) − 2 = 445 − 2 = 443.
     */
    @Test
    void rangeSlippageIsAFractionOfTheFillBarsRange() {
        double[][] x = flat(10);
        bar(x, 4, 100, 103, 98, 100);
        for (int i = 6; i < 10; i++) {
            bar(x, i, 110, 112, 106, 110);
        }
        BacktestResult r = run(request().slippage(SlippageModel.parse("range:0.1")).commission(FeeModel.parse("per-trade:1")),
                series(x));
        Execution buy = r.executions().get(0);
        Execution sell = r.executions().get(1);
        assertThat(buy.shares()).isEqualTo(50);
        assertThat(buy.price()).isCloseTo(100.5, within(TOL));
        assertThat(sell.price()).isCloseTo(109.4, within(TOL));
        RoundTrip t = r.roundTrips().get(0);
        assertThat(t.entryPrice()).isCloseTo(100.5, within(TOL));
        assertThat(t.exitPrice()).isCloseTo(109.4, within(TOL));
        assertThat(t.pnl()).isCloseTo(443, within(TOL));
        assertThat(r.metrics().finalEquity()).isCloseTo(10_443, within(TOL));
    }

    /**
     * range:0.5 would move the fill beyond the bar: buy bar 4 opens at 102 with high 103, low 98
     * (102 + 2.5 = 104.5 → capped at the high 103); sell bar 6 opens at 107 with high 112, low 106
     * (107 − 3 = 104 → floored at the low 106). P&amp;L = 50 × (106 − 103) = 150 (no commission).
     */
    @Test
    void rangeSlippageNeverFillsOutsideTheBar() {
        double[][] x = flat(10);
        bar(x, 4, 102, 103, 98, 100);
        bar(x, 6, 107, 112, 106, 110);
        for (int i = 7; i < 10; i++) {
            bar(x, i, 110, 111, 109, 110);
        }
        BacktestResult r = run(request().slippage(SlippageModel.parse("range:0.5")), series(x));
        assertThat(r.executions().get(0).price()).isCloseTo(103, within(TOL));
        assertThat(r.executions().get(1).price()).isCloseTo(106, within(TOL));
        assertThat(r.roundTrips().get(0).pnl()).isCloseTo(50 * (106 - 103), within(TOL));
    }

    /**
     * Slippage also applies to a stop fill. Buy at the open of bar 4: 100 + 0.1 × (101 − 99) = 100.2;
     * the 8 % stop (92 for the signal close 100) is re-anchored to that fill: 100.2 × 0.92 = 92.184.
     * Bar 6 (open 100, high 101, low 90, range 11) touches it: 92.184 − 0.1 × 11 = 91.084.
     * 50 shares: P&amp;L = 50 × (91.084 − 100.2) = 50 × −9.116 = −455.8.
     */
    @Test
    void rangeSlippageAppliesToStopFills() {
        double[][] x = flat(10);
        bar(x, 6, 100, 101, 90, 95);
        var p = new ScriptedProvider().script("A", b -> {
            b.entry[3] = true;
            b.stopLevel[3] = 92;
        });
        BacktestResult r = new PortfolioBacktester(new StrategyCatalog(List.of(p)), new SignalCache(), 1)
                .run(request().slippage(SlippageModel.parse("range:0.1")).build(), List.of(series(x)));
        Execution sell = r.executions().get(1);
        assertThat(sell.reason()).isEqualTo(ExitReason.STOP_LOSS);
        assertThat(r.executions().get(0).price()).isCloseTo(100.2, within(TOL));
        assertThat(sell.price()).isCloseTo(91.084, within(TOL));
        assertThat(r.roundTrips().get(0).pnl()).isCloseTo(-455.8, within(TOL));
    }
}
