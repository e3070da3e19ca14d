package dev.sextant.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checked scenarios of the simulation rules. */
class PortfolioBacktesterTest {

    /** 10 flat bars at 100 (open = close = 100, high 101, low 99) unless changed. */
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

    private static PriceColumns series(String symbol, double[][] ohlc) {
        double[] v = new double[ohlc[0].length];
        java.util.Arrays.fill(v, 1e6);
        return TestBars.of(symbol, TestBars.DAY0, ohlc[0], ohlc[1], ohlc[2], ohlc[3], v);
    }

    private static BacktestResult run(ScriptedProvider p, BacktestRequest.Builder b, PriceColumns... bars) {
        return new PortfolioBacktester(new StrategyCatalog(List.of(p)), new SignalCache(), 1).run(b.build(), List.of(bars));
    }

    private static BacktestRequest.Builder request(String... symbols) {
        return BacktestRequest.builder("scripted", List.of(symbols)).maxPositions(1).sizing(new SizingRule.AllIn());
    }

    @Test
    void signalOnCloseFillsAtNextOpenWithWholeShares() {
        double[][] x = flat(10);
        x[0][4] = 104; // open of bar 4
        x[1][4] = 105;
        var p = new ScriptedProvider().script("A", b -> {
            b.entry[3] = true;
            b.exit[6] = true;
        });
        BacktestResult r = run(p, request("A").capital(10_000), series("A", x));
        // shares sized at the signal close (100): 100 shares; at the open of 104 the cash only buys 96.
        Execution buy = r.executions().get(0);
        assertThat(buy.time()).isEqualTo(TestBars.DAY0 + 4);
        assertThat(buy.price()).isEqualTo(104);
        assertThat(buy.shares()).isEqualTo(96);
        Execution sell = r.executions().get(1);
        assertThat(sell.time()).isEqualTo(TestBars.DAY0 + 7);
        assertThat(sell.reason()).isEqualTo(ExitReason.SIGNAL);
        RoundTrip t = r.roundTrips().get(0);
        assertThat(t.pnl()).isCloseTo(96 * (100 - 104), within(1e-9));
        assertThat(t.barsHeld()).isEqualTo(3);
        assertThat(r.curve().equity()[9]).isCloseTo(10_000 - 96 * 4, within(1e-9));
    }

    @Test
    void sameCloseModeFillsAtSignalClose() {
        var p = new ScriptedProvider().script("A", b -> b.entry[3] = true);
        BacktestResult r = run(p, request("A").capital(10_000).fill(FillTiming.SAME_CLOSE), series("A", flat(10)));
        assertThat(r.executions().get(0).time()).isEqualTo(TestBars.DAY0 + 3);
        assertThat(r.executions().get(0).shares()).isEqualTo(100);
        assertThat(r.provenance().fillLabel()).startsWith("SAME_CLOSE");
        RoundTrip open = r.roundTrips().get(0);
        assertThat(open.isOpen()).isTrue();
        assertThat(open.exitPrice()).isNull();
        assertThat(open.barsHeld()).isEqualTo(6);
    }

    @Test
    void gapThroughStopFillsAtOpen() {
        double[][] x = flat(10);
        x[0][6] = 85; // opens below the 92 stop
        x[1][6] = 90;
        x[2][6] = 84;
        x[3][6] = 88;
        var p = new ScriptedProvider().script("A", b -> {
            b.entry[3] = true;
            b.stopLevel[3] = 92;
        });
        BacktestResult r = run(p, request("A").capital(10_000), series("A", x));
        Execution sell = r.executions().get(1);
        assertThat(sell.price()).isEqualTo(85);
        assertThat(sell.reason()).isEqualTo(ExitReason.STOP_LOSS);
        assertThat(sell.time()).isEqualTo(TestBars.DAY0 + 6);
    }

    @Test
    void stopTouchedIntrabarFillsAtStopLevel() {
        double[][] x = flat(10);
        x[2][6] = 90;
        var p = new ScriptedProvider().script("A", b -> {
            b.entry[3] = true;
            b.stopLevel[3] = 92;
        });
        BacktestResult r = run(p, request("A").capital(10_000), series("A", x));
        assertThat(r.executions().get(1).price()).isEqualTo(92);
        assertThat(r.roundTrips().get(0).mae()).isCloseTo(-0.08, within(1e-12));
    }

    @Test
    void barTouchingStopAndTargetExitsAtStop() {
        double[][] x = flat(10);
        x[1][6] = 125;
        x[2][6] = 90;
        var p = new ScriptedProvider().script("A", b -> {
            b.entry[3] = true;
            b.stopLevel[3] = 92;
            b.targetLevel[3] = 120;
        });
        BacktestResult r = run(p, request("A").capital(10_000), series("A", x));
        assertThat(r.executions().get(1).reason()).isEqualTo(ExitReason.STOP_LOSS);
        assertThat(r.executions().get(1).price()).isEqualTo(92);
    }

    @Test
    void targetFillsAtLevelOrAtGapOpen() {
        double[][] x = flat(10);
        x[1][6] = 121;
        var p = new ScriptedProvider().script("A", b -> {
            b.entry[3] = true;
            b.targetLevel[3] = 120;
        });
        assertThat(run(p, request("A").capital(10_000), series("A", x)).executions().get(1).price()).isEqualTo(120);
        x[0][6] = 123;
        x[1][6] = 124;
        x[3][6] = 123;
        Execution gap = run(p, request("A").capital(10_000), series("A", x)).executions().get(1);
        assertThat(gap.price()).isEqualTo(123);
        assertThat(gap.reason()).isEqualTo(ExitReason.PROFIT_TARGET);
    }

    @Test
    void stopLevelIsReanchoredToTheFillPrice() {
        double[][] x = flat(10);
        x[0][4] = 110; // fills at 110, so the 8 % stop sits at 101.2, not 92
        x[1][4] = 111;
        x[2][4] = 105;
        x[3][4] = 106;
        x[0][5] = 106;
        x[1][5] = 107;
        x[2][5] = 101;
        var p = new ScriptedProvider().script("A", b -> {
            b.entry[3] = true;
            b.stopLevel[3] = 92;
        });
        Execution sell = run(p, request("A").capital(10_000), series("A", x)).executions().get(1);
        assertThat(sell.price()).isCloseTo(110 * 0.92, within(1e-9));
        assertThat(sell.time()).isEqualTo(TestBars.DAY0 + 5);
    }

    @Test
    void trailingStopFollowsHighestCloseFromTheNextBar() {
        double[][] x = flat(12);
        double[] closes = {100, 100, 100, 100, 100, 110, 120, 115, 105, 100, 100, 100};
        for (int i = 0; i < 12; i++) {
            x[3][i] = closes[i];
            x[0][i] = i == 0 ? 100 : closes[i - 1];
            x[1][i] = Math.max(x[0][i], closes[i]) + 1;
            x[2][i] = Math.min(x[0][i], closes[i]) - 1;
        }
        var p = new ScriptedProvider().script("A", b -> {
            b.entry[3] = true;
            b.trailingFraction[3] = 0.10;
        });
        BacktestResult r = run(p, request("A").capital(10_000), series("A", x));
        // highest close 120 at bar 6 -> level 108 from bar 7; bar 7 low 114 holds; bar 8 low 104 hits 108
        Execution sell = r.executions().get(1);
        assertThat(sell.reason()).isEqualTo(ExitReason.TRAILING_STOP);
        assertThat(sell.time()).isEqualTo(TestBars.DAY0 + 8);
        assertThat(sell.price()).isCloseTo(108, within(1e-9));
    }

    @Test
    void closeOnlyModeExitsNextOpenAfterCloseBelowStop() {
        double[][] x = flat(10);
        x[2][5] = 80; // intrabar dip ignored
        x[3][6] = 91; // close below 92
        x[0][7] = 93;
        var p = new ScriptedProvider().script("A", b -> {
            b.entry[3] = true;
            b.stopLevel[3] = 92;
        });
        BacktestResult r = run(p, request("A").capital(10_000).exitMode(ExitMode.CLOSE_ONLY), series("A", x));
        Execution sell = r.executions().get(1);
        assertThat(sell.time()).isEqualTo(TestBars.DAY0 + 7);
        assertThat(sell.price()).isEqualTo(93);
    }

    @Test
    void timeExitAfterMaxHoldBars() {
        var p = new ScriptedProvider().script("A", b -> {
            b.entry[3] = true;
            b.maxHoldBars[3] = 2;
        });
        BacktestResult r = run(p, request("A").capital(10_000), series("A", flat(10)));
        RoundTrip t = r.roundTrips().get(0);
        assertThat(t.exitReason()).isEqualTo(ExitReason.TIME);
        assertThat(t.barsHeld()).isEqualTo(2);
    }

    @Test
    void warmUpBarsNeverTrade() {
        var p = new ScriptedProvider().firstTradable(5).script("A", b -> {
            b.entry[2] = true;
            b.entry[4] = true;
            b.entry[5] = true;
        });
        BacktestResult r = run(p, request("A").capital(10_000), series("A", flat(10)));
        assertThat(r.executions()).hasSize(1);
        assertThat(r.executions().get(0).time()).isEqualTo(TestBars.DAY0 + 6);
    }

    @Test
    void candidatesRankedByScoreThenSymbolWhenSlotsAreShort() {
        var p = new ScriptedProvider()
                .script("A", b -> {
                    b.entry[3] = true;
                    b.rankScore[3] = 1;
                })
                .script("B", b -> {
                    b.entry[3] = true;
                    b.rankScore[3] = 2;
                })
                .script("C", b -> {
                    b.entry[3] = true;
                    b.rankScore[3] = 2;
                });
        BacktestResult r = run(p, request("C", "A", "B").maxPositions(2).sizing(new SizingRule.EqualWeight()),
                series("A", flat(10)), series("B", flat(10)), series("C", flat(10)));
        assertThat(r.executions()).extracting(Execution::symbol).containsExactly("B", "C");
    }

    @Test
    void commissionAndSlippageAreCharged() {
        var p = new ScriptedProvider().script("A", b -> {
            b.entry[3] = true;
            b.exit[5] = true;
        });
        BacktestResult r = run(p, request("A").capital(10_000).sizing(new SizingRule.FixedFraction(0.5))
                .commission(FeeModel.parse("per-trade:1")).slippage(SlippageModel.parse("bps:10")), series("A", flat(10)));
        Execution buy = r.executions().get(0);
        Execution sell = r.executions().get(1);
        assertThat(buy.shares()).isEqualTo(50);
        assertThat(buy.price()).isCloseTo(100.1, within(1e-9));
        assertThat(sell.price()).isCloseTo(99.9, within(1e-9));
        assertThat(r.roundTrips().get(0).pnl()).isCloseTo(50 * (99.9 - 100.1) - 2, within(1e-9));
        assertThat(r.metrics().finalEquity()).isCloseTo(10_000 + 50 * (99.9 - 100.1) - 2, within(1e-9));
    }

    @Test
    void benchmarkIsBuyAndHoldOfItsCloses() {
        double[][] spy = flat(10);
        for (int i = 0; i < 10; i++) {
            spy[3][i] = 100 + i;
        }
        var p = new ScriptedProvider();
        BacktestResult r = run(p, request("A").benchmark("SPY").from(LocalDate.ofEpochDay(TestBars.DAY0 + 2)),
                series("A", flat(10)), series("SPY", spy));
        assertThat(r.curve().benchmark()[0]).isEqualTo(100_000);
        assertThat(r.curve().benchmark()[7]).isCloseTo(100_000 * 109 / 102.0, within(1e-9));
        assertThat(r.metrics().benchmarkReturn()).isCloseTo(109 / 102.0 - 1, within(1e-12));
    }

    @Test
    void missingSymbolAndEmptyRangeAreReported() {
        var p = new ScriptedProvider();
        assertThatThrownBy(() -> run(p, request("A", "B"), series("A", flat(5))))
                .hasMessage("no bars supplied for symbol B");
        assertThatThrownBy(() -> run(p, request("A").from(LocalDate.of(2030, 1, 1)), series("A", flat(5))))
                .hasMessageStartingWith("no bars between 2030-01-01");
    }
}
