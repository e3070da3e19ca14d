package dev.sextant.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.rules.CircuitBreaker;
import dev.sextant.engine.rules.EntryRules;
import dev.sextant.engine.rules.MarketFilter;
import dev.sextant.engine.rules.RiskPolicy;
import dev.sextant.engine.rules.VolatilityCeiling;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Entry filters, the circuit breaker and the risk policy on tiny series whose outcome is worked
 * out by hand in each test's comment. Stocks trade flat at 100 (open = close = 100) unless said
 * otherwise, so an entry signalled on bar t fills at bar t+1's open of 100 (NEXT_OPEN).
 */
class EntryRulesBacktestTest {

    private static final double NONE = Double.NaN;

    private static BacktestResult run(ScriptedProvider p, BacktestRequest request, PriceColumns... bars) {
        return new PortfolioBacktester(new StrategyCatalog(List.of(p)), new SignalCache(), 1).run(request, List.of(bars));
    }

    private static PriceColumns flat(String symbol, int n) {
        double[] c = new double[n];
        Arrays.fill(c, 100);
        return TestBars.fromCloses(symbol, c, 1e6);
    }

    private static List<String> buys(BacktestResult r) {
        List<String> out = new ArrayList<>();
        for (Execution e : r.executions()) {
            if (e.side() == Execution.Side.BUY) {
                out.add(e.symbol() + "@" + (e.time() - TestBars.DAY0) + "x" + e.shares());
            }
        }
        return out;
    }

    private static ConstraintReport constraint(BacktestResult r, String name) {
        return r.constraints().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Index closes 10, 10, 10, 11, 9, 9, 12, 12, 12, 12; SMA(3) from bar 2: 10, 10.333, 10, 9.667,
     * 10, 11, 12, 12. Close above SMA on bars 3 (11 &gt; 10.333), 6 (12 &gt; 10) and 7 (12 &gt; 11) only.
     * B signals on bar 3 (open) and A on bar 4 (closed): B fills on bar 4, A never; one blocked entry.
     * With a band of 10 % only bar 6 is open (12 &gt; 10 × 1.1 = 11; bar 3 needs 11 &gt; 11.367, bar 7
     * 12 &gt; 12.1): all three signals are blocked.
     */
    @Test
    void marketFilterLetsThroughOnlySignalsOfDaysTheIndexClosesAboveItsAverage() {
        PriceColumns index = TestBars.fromCloses("IDX", new double[] {10, 10, 10, 11, 9, 9, 12, 12, 12, 12}, 1e6);
        var p = new ScriptedProvider().script("A", b -> b.entry[4] = true).script("B", b -> b.entry[3] = true)
                .script("C", b -> b.entry[7] = true);
        BacktestRequest.Builder req = BacktestRequest.builder("scripted", List.of("A", "B", "C")).maxPositions(3);

        BacktestResult plain = run(p, req.rules(EntryRules.NONE.withMarketFilter(MarketFilter.parse("IDX:sma3"))).build(),
                flat("A", 10), flat("B", 10), flat("C", 10), index);
        assertThat(buys(plain)).containsExactly("B@4x333", "C@8x333");
        assertThat(constraint(plain, "market filter IDX:sma3").blockedEntries()).isEqualTo(1);
        assertThat(constraint(plain, "market filter IDX:sma3").binds()).isTrue();

        BacktestResult banded = run(p, req.rules(EntryRules.NONE.withMarketFilter(MarketFilter.parse("IDX:sma3:10"))).build(),
                flat("A", 10), flat("B", 10), flat("C", 10), index);
        assertThat(buys(banded)).isEmpty();
        assertThat(constraint(banded, "market filter IDX:sma3:10").blockedEntries()).isEqualTo(3);
    }

    /**
     * VIX closes 20, 35, 30, 25 on bars 0..3 and has no bar 4 (its bar 3 counts for day 4).
     * Ceiling 30: open on bars 0, 2 (30 &lt;= 30), 3, 4; closed on bar 1. Signals: A on 1 (blocked),
     * B on 2, C on 4 (as of VIX bar 3: 25).
     */
    @Test
    void volatilityCeilingBlocksDaysWhoseLastVolatilityCloseIsAboveIt() {
        PriceColumns vix = TestBars.fromCloses("^VIX", new double[] {20, 35, 30, 25}, 0);
        var p = new ScriptedProvider().script("A", b -> b.entry[1] = true).script("B", b -> b.entry[2] = true)
                .script("C", b -> b.entry[4] = true);
        BacktestResult r = run(p, BacktestRequest.builder("scripted", List.of("A", "B", "C")).maxPositions(4)
                .rules(EntryRules.NONE.withVolatilityCeiling(VolatilityCeiling.parse("^VIX:30"))).build(),
                flat("A", 6), flat("B", 6), flat("C", 6), vix);
        assertThat(buys(r)).containsExactly("B@3x250", "C@5x250");
        assertThat(constraint(r, "volatility ceiling ^VIX:30").blockedEntries()).isEqualTo(1);
    }

    /**
     * A and B enter on bar 1 (signals on bar 0, stop level 95). On bar 5 both lows reach 90: two
     * stop-loss exits that day trip the breaker 2:3, so no entry fills on bars 6, 7, 8; bar 9 is
     * open again. C (signal 5, fill 6) and E (signal 7, fill 8) are blocked, D (signal 8, fill 9)
     * fills: A and B sold 200 shares each at 95 (loss 2 000), so D gets 98 000 / 5 / 100 = 196 shares.
     * With kind {@code trailing} the stop-loss exits do not count and all three fill.
     */
    @Test
    void circuitBreakerHaltsEntriesForMTradingDaysAfterNExitsOfItsKindOnOneDay() {
        int n = 12;
        PriceColumns a = dipping("A", n, 5);
        PriceColumns b = dipping("B", n, 5);
        var p = new ScriptedProvider()
                .script("A", s -> { s.entry[0] = true; Arrays.fill(s.stopLevel, 95); })
                .script("B", s -> { s.entry[0] = true; Arrays.fill(s.stopLevel, 95); })
                .script("C", s -> s.entry[5] = true).script("D", s -> s.entry[8] = true).script("E", s -> s.entry[7] = true);
        BacktestRequest.Builder req = BacktestRequest.builder("scripted", List.of("A", "B", "C", "D", "E")).maxPositions(5);

        BacktestResult r = run(p, req.rules(EntryRules.NONE.withCircuitBreaker(CircuitBreaker.parse("2:3:stop"))).build(),
                a, b, flat("C", n), flat("D", n), flat("E", n));
        assertThat(buys(r)).containsExactly("A@1x200", "B@1x200", "D@9x196");
        assertThat(constraint(r, "circuit breaker 2:3:stop").blockedEntries()).isEqualTo(2);

        BacktestResult trailing = run(p, req.rules(EntryRules.NONE.withCircuitBreaker(CircuitBreaker.parse("2:3:trailing")))
                .build(), a, b, flat("C", n), flat("D", n), flat("E", n));
        assertThat(buys(trailing)).hasSize(5);
        assertThat(constraint(trailing, "circuit breaker 2:3:trailing").binds()).isFalse();
    }

    /** Flat at 100 except bar {@code dip}, whose low is 90. */
    private static PriceColumns dipping(String symbol, int n, int dip) {
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            o[i] = 100;
            h[i] = 100.5;
            l[i] = i == dip ? 90 : 99.5;
            c[i] = 100;
            v[i] = 1e6;
        }
        return TestBars.of(symbol, TestBars.DAY0, o, h, l, c, v);
    }

    private static RiskPolicy policy(double gross, double position, double sector, int perDay, double dailyLoss,
            double drawdown) {
        return new RiskPolicy("test", gross, position, sector, perDay, dailyLoss, drawdown);
    }

    /**
     * Capital 100 000, equal weight over 2 positions: 50 000 / 100 = 500 shares each, A and B
     * signalled on bar 0 (filled in symbol order on bar 1). Max position weight 0.1:
     * 0.1 × 100 000 / 100 = 100 shares each (both cut). Max gross 0.75: A 500 (50 000 &lt;= 75 000),
     * B room 25 000 → 250 shares (cut). Max gross 0.5: B has no room (blocked).
     */
    @Test
    void positionAndGrossLimitsCutOrBlockEntriesAtTheSignalClose() {
        var p = new ScriptedProvider().script("A", s -> s.entry[0] = true).script("B", s -> s.entry[0] = true);
        BacktestRequest.Builder req = BacktestRequest.builder("scripted", List.of("A", "B")).maxPositions(2);

        BacktestResult weight = run(p, req.rules(EntryRules.NONE.withRiskPolicy(policy(NONE, 0.1, NONE, 0, NONE, NONE),
                Map.of())).build(), flat("A", 4), flat("B", 4));
        assertThat(buys(weight)).containsExactly("A@1x100", "B@1x100");
        assertThat(constraint(weight, "max position weight 0.1").reducedEntries()).isEqualTo(2);

        BacktestResult gross = run(p, req.rules(EntryRules.NONE.withRiskPolicy(policy(0.75, NONE, NONE, 0, NONE, NONE),
                Map.of())).build(), flat("A", 4), flat("B", 4));
        assertThat(buys(gross)).containsExactly("A@1x500", "B@1x250");
        assertThat(constraint(gross, "max gross exposure 0.75").reducedEntries()).isEqualTo(1);
        assertThat(constraint(gross, "max gross exposure 0.75").blockedEntries()).isZero();

        BacktestResult full = run(p, req.rules(EntryRules.NONE.withRiskPolicy(policy(0.5, NONE, NONE, 0, NONE, NONE),
                Map.of())).build(), flat("A", 4), flat("B", 4));
        assertThat(buys(full)).containsExactly("A@1x500");
        assertThat(constraint(full, "max gross exposure 0.5").blockedEntries()).isEqualTo(1);
    }

    /**
     * Sector limit 0.3 over 4 positions (25 000 = 250 shares each): A and B are "tech", C "energy".
     * A 250 shares (25 000 &lt;= 30 000); B room 30 000 − 25 000 = 5 000 → 50 shares (cut); C 250.
     * Max new positions per day 2: the third entry of bar 1 (C) is blocked.
     */
    @Test
    void sectorLimitAndNewPositionsPerDay() {
        var p = new ScriptedProvider().script("A", s -> s.entry[0] = true).script("B", s -> s.entry[0] = true)
                .script("C", s -> s.entry[0] = true);
        BacktestRequest.Builder req = BacktestRequest.builder("scripted", List.of("A", "B", "C")).maxPositions(4);
        Map<String, String> sectors = Map.of("A", "tech", "B", "tech", "C", "energy");

        BacktestResult sector = run(p, req.rules(EntryRules.NONE.withRiskPolicy(policy(NONE, NONE, 0.3, 0, NONE, NONE),
                sectors)).build(), flat("A", 4), flat("B", 4), flat("C", 4));
        assertThat(buys(sector)).containsExactly("A@1x250", "B@1x50", "C@1x250");
        assertThat(constraint(sector, "max sector weight 0.3").reducedEntries()).isEqualTo(1);

        BacktestResult perDay = run(p, req.rules(EntryRules.NONE.withRiskPolicy(policy(NONE, NONE, NONE, 2, NONE, NONE),
                Map.of())).build(), flat("A", 4), flat("B", 4), flat("C", 4));
        assertThat(buys(perDay)).containsExactly("A@1x250", "B@1x250");
        assertThat(constraint(perDay, "max new positions per day 2").blockedEntries()).isEqualTo(1);

        assertThatThrownBy(() -> run(p, req.rules(EntryRules.NONE.withRiskPolicy(policy(NONE, NONE, 0.3, 0, NONE, NONE),
                Map.of("A", "tech"))).build(), flat("A", 4), flat("B", 4), flat("C", 4)))
                .hasMessage("risk policy test: max sector weight needs a sector for B, and none is known");
    }

    /**
     * All-in into A on bar 1 (1 000 shares at 100). A closes 100, 100, 100, 80, 80, ... : equity
     * 100 000 until bar 2, 80 000 from bar 3 (−20 % on the day, −20 % from the peak). A's exit signal
     * on bar 3 sells at bar 4's open (80), so cash is 80 000 from then on.
     * B signals on bar 3 (fill bar 4): the daily loss stop 0.1 blocks it (bar 3's close fell 20 %);
     * the drawdown stop 0.1 blocks it too. C signals on bar 5 (fill bar 6): the daily loss of bar 5
     * is 0, so it fills under the daily stop, while the drawdown (80 000 / 100 000 − 1 = −20 %) still blocks it.
     */
    @Test
    void dailyLossAndDrawdownStopsHaltNewEntries() {
        double[] ca = {100, 100, 100, 80, 80, 80, 80, 80};
        PriceColumns a = TestBars.fromCloses("A", ca, 1e6);
        var p = new ScriptedProvider().script("A", s -> { s.entry[0] = true; s.exit[3] = true; })
                .script("B", s -> s.entry[3] = true).script("C", s -> s.entry[5] = true);
        BacktestRequest.Builder req = BacktestRequest.builder("scripted", List.of("A", "B", "C")).maxPositions(1)
                .sizing(new SizingRule.AllIn());

        BacktestResult daily = run(p, req.rules(EntryRules.NONE.withRiskPolicy(policy(NONE, NONE, NONE, 0, 0.1, NONE),
                Map.of())).build(), a, flat("B", 8), flat("C", 8));
        assertThat(buys(daily)).containsExactly("A@1x1000", "C@6x800");
        assertThat(constraint(daily, "daily loss stop 0.1").blockedEntries()).isEqualTo(1);

        BacktestResult drawdown = run(p, req.rules(EntryRules.NONE.withRiskPolicy(policy(NONE, NONE, NONE, 0, NONE, 0.1),
                Map.of())).build(), a, flat("B", 8), flat("C", 8));
        assertThat(buys(drawdown)).containsExactly("A@1x1000");
        assertThat(constraint(drawdown, "drawdown stop 0.1").blockedEntries()).isEqualTo(2);
    }

    /** Without rules the constraints list only the slot and cash limits, and the fills are those of a plain run. */
    @Test
    void slotsAndCashAreReportedForEveryRun() {
        var p = new ScriptedProvider().script("A", s -> s.entry[0] = true).script("B", s -> s.entry[0] = true);
        BacktestResult r = run(p, BacktestRequest.builder("scripted", List.of("A", "B")).maxPositions(1).build(),
                flat("A", 4), flat("B", 4));
        assertThat(buys(r)).containsExactly("A@1x1000");
        assertThat(r.constraints()).containsExactly(new ConstraintReport("max positions 1", 1, 0),
                new ConstraintReport("cash", 0, 0));
    }
}
