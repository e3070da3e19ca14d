package dev.sextant.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Share counts of the risk-based sizing rules (README "Backtest conventions", Sizing), each
 * computed by hand on a tiny series. Budget from the equity at the signal close, converted to
 * whole shares at the signal close; the fills here are at the next open, equal to that close.
 */
class SizingRulesTest {

    private static BacktestResult run(ScriptedProvider p, BacktestRequest request, PriceColumns bars) {
        return new PortfolioBacktester(new StrategyCatalog(List.of(p)), new SignalCache(), 1).run(request, List.of(bars));
    }

    /**
     * atr-risk:r: shares = floor(r × equity / ATR14). Close and open are 100 on every bar (so the
     * true range is just high − low); ranges 2 on bars 0..13, 6 on bar 14, 3 on bar 15.
     * ATR14 (Wilder, seeded with the true range of bar 14, README "Indicator conventions"):
     * bar 14: 6; bar 15: 6 + (3 − 6)/14 = 81/14 = 5.785714...
     * Signal on bar 15, equity 100 000, r = 0.01: 1 000 / (81/14) = 14 000/81 = 172.84 → 172 shares.
     * (A seed of mean(TR of bars 1..14) = (13·2 + 6)/14 = 2.2857 would give ATR 2.34 and 427 shares.)
     */
    @Test
    void atrRiskSharesAreRiskTimesEquityOverAtr14() {
        int n = 20;
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] vol = new double[n];
        for (int i = 0; i < n; i++) {
            double halfRange = i == 14 ? 3 : i == 15 ? 1.5 : 1;
            open[i] = 100;
            close[i] = 100;
            high[i] = 100 + halfRange;
            low[i] = 100 - halfRange;
            vol[i] = 1e6;
        }
        var p = new ScriptedProvider().script("A", b -> b.entry[15] = true);
        BacktestResult r = run(p, BacktestRequest.builder("scripted", List.of("A")).capital(100_000).maxPositions(1)
                .sizing(SizingRule.parse("atr-risk:0.01")).build(), TestBars.of("A", TestBars.DAY0, open, high, low, close, vol));

        Execution buy = r.executions().get(0);
        assertThat(buy.time()).isEqualTo(TestBars.DAY0 + 16);
        assertThat(buy.price()).isEqualTo(100);
        assertThat(buy.shares()).isEqualTo(172);
    }

    /**
     * vol-target:v: value = equity / maxPositions × min(1, v / σ), σ = 20-bar realised volatility.
     * Closes alternate 100, 102, 100, ... so the 20 log returns ending at bar 20 are ten of
     * +a and ten of −a, a = ln(1.02) = 0.0198026273; mean 0, sample std = a·√(20/19);
     * σ = 0.0198026273 × 1.0259784 × √252 (15.8745079) = 0.3225234.
     * Signal on bar 20 (close 100), equity 100 000, 2 positions:
     * v = 0.15: 50 000 × 0.15 / 0.3225234 = 50 000 × 0.4650825 = 23 254.12 → 232.54 → 232 shares;
     * v = 0.50 &gt; σ: capped at 1 → 50 000 / 100 = 500 shares.
     */
    @Test
    void volTargetScalesEqualWeightByTargetOverRealisedVol() {
        double[] close = new double[25];
        for (int i = 0; i < close.length; i++) {
            close[i] = i % 2 == 0 ? 100 : 102;
        }
        PriceColumns bars = TestBars.fromCloses("A", close, 1e6);
        var p = new ScriptedProvider().script("A", b -> b.entry[20] = true);
        BacktestRequest.Builder req = BacktestRequest.builder("scripted", List.of("A")).capital(100_000).maxPositions(2);

        Execution scaled = run(p, req.sizing(SizingRule.parse("vol-target:0.15")).build(), bars).executions().get(0);
        assertThat(scaled.time()).isEqualTo(TestBars.DAY0 + 21);
        assertThat(scaled.price()).isEqualTo(100); // open of bar 21 = close of bar 20
        assertThat(scaled.shares()).isEqualTo(232);

        Execution capped = run(p, req.sizing(SizingRule.parse("vol-target:0.5")).build(), bars).executions().get(0);
        assertThat(capped.shares()).isEqualTo(500);
    }

    /** Neither rule trades while its volatility column is undefined (ATR14 before bar 14, RV20 before bar 20). */
    @Test
    void riskSizingBuysNothingBeforeItsVolatilityIsDefined() {
        double[] close = new double[25];
        Arrays.fill(close, 100);
        for (int i = 0; i < close.length; i += 2) {
            close[i] = 101;
        }
        PriceColumns bars = TestBars.fromCloses("A", close, 1e6);
        var p = new ScriptedProvider().script("A", b -> b.entry[10] = true);
        BacktestRequest.Builder req = BacktestRequest.builder("scripted", List.of("A")).capital(100_000).maxPositions(1);
        assertThat(run(p, req.sizing(SizingRule.parse("atr-risk:0.01")).build(), bars).executions()).isEmpty();
        assertThat(run(p, req.sizing(SizingRule.parse("vol-target:0.15")).build(), bars).executions()).isEmpty();
        // control: the same signal is taken with equal weight, so the empty results above are due to sizing
        List<Execution> control = run(p, req.sizing(new SizingRule.EqualWeight()).build(), bars).executions();
        assertThat(control).hasSize(1);
        assertThat(control.get(0).shares()).isEqualTo(990); // 100 000 / close 101 = 990.1 → 990
    }
}
