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
 * The opt-in modes: {@code same-close} fills (labelled in the provenance, filled at the signal
 * bar's close) and {@code close-only} exits (intrabar lows and highs do not trigger stops or
 * targets). Bars differ between open and close so that the fill price tells which one was used.
 */
class FillAndExitModeTest {

    private static final double TOL = 1e-9;

    /**
     * 10 bars. Bar 3 (entry signal): open 100, high 101, low 97, close 98. Bar 4: open 105,
     * close 104. Bar 6 (exit signal): open 100, close 103. Bar 7: open 99. Others 100 flat.
     */
    private static PriceColumns bars() {
        double[] o = {100, 100, 100, 100, 105, 104, 100, 99, 100, 100};
        double[] c = {100, 100, 100, 98, 104, 100, 103, 100, 100, 100};
        double[] h = new double[10];
        double[] l = new double[10];
        double[] v = new double[10];
        for (int i = 0; i < 10; i++) {
            h[i] = Math.max(o[i], c[i]) + 1;
            l[i] = Math.min(o[i], c[i]) - 1;
            v[i] = 1e6;
        }
        return TestBars.of("A", TestBars.DAY0, o, h, l, c, v);
    }

    private static final ScriptedProvider ENTER_3_EXIT_6 = new ScriptedProvider().script("A", b -> {
        b.entry[3] = true;
        b.exit[6] = true;
    });

    private static BacktestResult run(ScriptedProvider p, BacktestRequest.Builder b, PriceColumns bars) {
        return new PortfolioBacktester(new StrategyCatalog(List.of(p)), new SignalCache(), 1).run(b.build(), List.of(bars));
    }

    private static BacktestRequest.Builder request() {
        return BacktestRequest.builder("scripted", List.of("A")).capital(10_000).maxPositions(1)
                .sizing(new SizingRule.AllIn());
    }

    /**
     * same-close: buy on bar 3 at its close 98 (not bar 4's open 105): 10 000 / 98 = 102.04 → 102
     * shares; exit signal on bar 6 sells at its close 103 (not bar 7's open 99).
     * P&amp;L = 102 × (103 − 98) = 510. The provenance says so.
     */
    @Test
    void sameCloseFillsAtTheSignalBarsCloseAndIsLabelled() {
        BacktestResult r = run(ENTER_3_EXIT_6, request().fill(FillTiming.SAME_CLOSE), bars());
        Execution buy = r.executions().get(0);
        Execution sell = r.executions().get(1);
        assertThat(buy.time()).isEqualTo(TestBars.DAY0 + 3);
        assertThat(buy.price()).isEqualTo(98);
        assertThat(buy.shares()).isEqualTo(102);
        assertThat(sell.time()).isEqualTo(TestBars.DAY0 + 6);
        assertThat(sell.price()).isEqualTo(103);
        assertThat(r.roundTrips().get(0).pnl()).isCloseTo(510, within(TOL));
        assertThat(r.provenance().fillLabel()).isEqualTo("SAME_CLOSE (optimistic: fills at the signal bar's close)");
        assertThat(r.provenance().asMap()).containsEntry("fill", "SAME_CLOSE (optimistic: fills at the signal bar's close)");
    }

    /**
     * The default on the same bars: buy at bar 4's open 105 (10 000 / signal close 98 = 102 shares,
     * cut to the cash: 10 000 / 105 = 95.2 → 95), sell at bar 7's open 99.
     * P&amp;L = 95 × (99 − 105) = −570. Labelled NEXT_OPEN.
     */
    @Test
    void nextOpenIsTheDefaultAndLabelledSo() {
        BacktestResult r = run(ENTER_3_EXIT_6, request(), bars());
        Execution buy = r.executions().get(0);
        Execution sell = r.executions().get(1);
        assertThat(buy.time()).isEqualTo(TestBars.DAY0 + 4);
        assertThat(buy.price()).isEqualTo(105);
        assertThat(buy.shares()).isEqualTo(95);
        assertThat(sell.time()).isEqualTo(TestBars.DAY0 + 7);
        assertThat(sell.price()).isEqualTo(99);
        assertThat(r.roundTrips().get(0).pnl()).isCloseTo(-570, within(TOL));
        assertThat(r.provenance().fillLabel()).isEqualTo("NEXT_OPEN");
    }

    /**
     * Flat bars at 100 (high 101, low 99); entry at bar 4's open 100 with stop 92 and target 120.
     * Bar 6: low 85 and high 125 but close 100. Intrabar mode exits there at the stop (92, stop
     * first when both are touched); close-only never sees the low or the high, so the position is
     * still open at the end, valued at the last close: P&amp;L 0.
     */
    @Test
    void closeOnlyIgnoresIntrabarLowsAndHighs() {
        double[] o = new double[10];
        double[] h = new double[10];
        double[] l = new double[10];
        double[] c = new double[10];
        double[] v = new double[10];
        for (int i = 0; i < 10; i++) {
            o[i] = 100;
            c[i] = 100;
            h[i] = i == 6 ? 125 : 101;
            l[i] = i == 6 ? 85 : 99;
            v[i] = 1e6;
        }
        PriceColumns bars = TestBars.of("A", TestBars.DAY0, o, h, l, c, v);
        var p = new ScriptedProvider().script("A", b -> {
            b.entry[3] = true;
            b.stopLevel[3] = 92;
            b.targetLevel[3] = 120;
        });

        BacktestResult intrabar = run(p, request(), bars);
        assertThat(intrabar.executions()).hasSize(2);
        assertThat(intrabar.executions().get(1).time()).isEqualTo(TestBars.DAY0 + 6);
        assertThat(intrabar.executions().get(1).price()).isEqualTo(92);
        assertThat(intrabar.executions().get(1).reason()).isEqualTo(ExitReason.STOP_LOSS);

        BacktestResult closeOnly = run(p, request().exitMode(ExitMode.CLOSE_ONLY), bars);
        assertThat(closeOnly.executions()).hasSize(1);
        RoundTrip open = closeOnly.roundTrips().get(0);
        assertThat(open.isOpen()).isTrue();
        assertThat(open.pnl()).isCloseTo(0, within(TOL));
        assertThat(closeOnly.metrics().finalEquity()).isCloseTo(10_000, within(TOL));
    }

    /**
     * Close-only with a close at the target: bar 6 closes at 121 ≥ target 120 (from the fill at
     * 100), so the exit order fills at bar 7's open 118, below the target level; an intrabar run
     * would have filled at the level 120 on bar 6. 100 shares: P&amp;L = 100 × 18 = 1 800.
     */
    @Test
    void closeOnlyTargetExitsAtTheNextOpenNotAtTheLevel() {
        double[] o = {100, 100, 100, 100, 100, 100, 100, 118, 118, 118};
        double[] c = {100, 100, 100, 100, 100, 100, 121, 118, 118, 118};
        double[] h = new double[10];
        double[] l = new double[10];
        double[] v = new double[10];
        for (int i = 0; i < 10; i++) {
            h[i] = Math.max(o[i], c[i]) + 1;
            l[i] = Math.min(o[i], c[i]) - 1;
            v[i] = 1e6;
        }
        PriceColumns bars = TestBars.of("A", TestBars.DAY0, o, h, l, c, v);
        var p = new ScriptedProvider().script("A", b -> {
            b.entry[3] = true;
            b.targetLevel[3] = 120;
        });
        Execution closeOnly = run(p, request().exitMode(ExitMode.CLOSE_ONLY), bars).executions().get(1);
        assertThat(closeOnly.time()).isEqualTo(TestBars.DAY0 + 7);
        assertThat(closeOnly.price()).isEqualTo(118);
        assertThat(closeOnly.reason()).isEqualTo(ExitReason.PROFIT_TARGET);
        assertThat(run(p, request().exitMode(ExitMode.CLOSE_ONLY), bars).roundTrips().get(0).pnl())
                .isCloseTo(1_800, within(TOL));

        Execution intrabar = run(p, request(), bars).executions().get(1);
        assertThat(intrabar.time()).isEqualTo(TestBars.DAY0 + 6);
        assertThat(intrabar.price()).isEqualTo(120);
    }
}
