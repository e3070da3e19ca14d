package dev.sextant.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fixed-amount and initial-fraction sizing, fractional shares, leverage and same-close re-entry
 * (docs/user/sizing-and-returns.md), each against share counts and cash worked out by hand below.
 * Bars come from {@link TestBars#fromCloses}, so a bar's open is the previous close. Share counts
 * of whole-share runs are exact; fractional ones and cash are compared within 1e-9 relative.
 */
class SizingAndCashTest {

    private static final double CAPITAL = 100_000;

    private static BacktestResult run(ScriptedProvider p, BacktestRequest request, PriceColumns bars) {
        return new PortfolioBacktester(new StrategyCatalog(List.of(p)), new SignalCache(), 1).run(request, List.of(bars));
    }

    private static BacktestRequest.Builder request() {
        return BacktestRequest.builder("scripted", List.of("A")).capital(CAPITAL).maxPositions(1);
    }

    private static AccountRules account(boolean fractional, double leverage, boolean reentry) {
        return new AccountRules(fractional, leverage, reentry, ReturnMode.PRICE);
    }

    private static List<Double> shares(BacktestResult r) {
        return r.executions().stream().map(Execution::shares).toList();
    }

    /**
     * Closes 40, 40, 50, 50, 50, 50. Entry on bar 0 fills at bar 1's open 40; the exit of bar 2
     * fills at bar 3's open 50 (equity 100 000 + 375 × 10 = 103 750 for 375 shares); the entry of
     * bar 3 fills at bar 4's open 50.
     * fixed-amount:15000: 15 000 / 40 = 375, then 15 000 / 50 = 300, whatever the equity.
     * initial-fraction:0.15: 0.15 × 100 000 = 15 000 both times: 375, then 300.
     * fixed-fraction:0.15 for contrast: 375, then 0.15 × 103 750 / 50 = 311.25 → 311.
     */
    @Test
    void fixedAmountAndInitialFractionSizeOnAFixedSumNotOnEquity() {
        PriceColumns bars = TestBars.fromCloses("A", new double[] {40, 40, 50, 50, 50, 50}, 1e6);
        var p = new ScriptedProvider().script("A", b -> {
            b.entry[0] = true;
            b.exit[2] = true;
            b.entry[3] = true;
        });

        assertThat(shares(run(p, request().sizing(SizingRule.parse("fixed-amount:15000")).build(), bars)))
                .containsExactly(375.0, 375.0, 300.0);
        assertThat(shares(run(p, request().sizing(SizingRule.parse("initial-fraction:0.15")).build(), bars)))
                .containsExactly(375.0, 375.0, 300.0);
        assertThat(shares(run(p, request().sizing(SizingRule.parse("fixed-fraction:0.15")).build(), bars)))
                .containsExactly(375.0, 375.0, 311.0);
    }

    /**
     * Close 41 throughout, fixed-amount:15000: whole shares floor(15 000 / 41) = floor(365.85...) = 365;
     * fractional 15 000 / 41 = 365.853658536585... shares, leaving 100 000 − 15 000 = 85 000 in cash.
     */
    @Test
    void fractionalSharesSpendTheWholeBudget() {
        PriceColumns bars = TestBars.fromCloses("A", new double[] {41, 41, 41}, 1e6);
        var p = new ScriptedProvider().script("A", b -> b.entry[0] = true);
        BacktestRequest.Builder req = request().sizing(SizingRule.parse("fixed-amount:15000"));

        assertThat(run(p, req.build(), bars).executions().getFirst().shares()).isEqualTo(365.0);
        BacktestResult fractional = run(p, req.account(account(true, 1, false)).build(), bars);
        assertThat(fractional.executions().getFirst().shares()).isCloseTo(365.8536585365854, within(1e-9));
        assertThat(fractional.curve().equity()[2]).isCloseTo(CAPITAL, within(1e-6));
        assertThat(fractional.roundTrips().getFirst().shares()).isEqualTo(fractional.executions().getFirst().shares());
    }

    /**
     * all-in at 40 with a 10 bps commission, fractional: n × 40 × 1.001 = 100 000, so
     * n = 100 000 / 40.04 = 2 497.5024975... and the cash left is 0 (never below it). Whole shares:
     * floor(100 000 / 40) = 2 500 cost 100 100 with commission, cut to floor(2 500 × 100 000 / 100 100) = 2 497.
     */
    @Test
    void fractionalSharesFitTheCashIncludingTheCommission() {
        PriceColumns bars = TestBars.fromCloses("A", new double[] {40, 40, 40}, 1e6);
        var p = new ScriptedProvider().script("A", b -> b.entry[0] = true);
        BacktestRequest.Builder req = request().sizing(new SizingRule.AllIn()).commission(FeeModel.parse("bps:10"));

        assertThat(run(p, req.build(), bars).executions().getFirst().shares()).isEqualTo(2497.0);
        Execution buy = run(p, req.account(account(true, 1, false)).build(), bars).executions().getFirst();
        assertThat(buy.shares()).isCloseTo(100_000 / 40.04, within(1e-9));
        double cashLeft = CAPITAL - buy.shares() * buy.price() - buy.fee();
        assertThat(cashLeft).isGreaterThanOrEqualTo(0).isLessThan(1e-6);
    }

    /**
     * fixed-fraction:1.5 at 40: 150 000 / 40 = 3 750 shares wanted. A cash account (leverage 1) cuts
     * them to floor(100 000 / 40) = 2 500. Leverage 2 may spend cash + (2 − 1) × equity = 200 000, so
     * all 3 750 are bought and the cash is 100 000 − 150 000 = −50 000; at the next close 44 the
     * equity is 3 750 × 44 − 50 000 = 115 000.
     */
    @Test
    void leverageLetsCashGoNegativeUpToTheMultipleOfEquity() {
        PriceColumns bars = TestBars.fromCloses("A", new double[] {40, 40, 44}, 1e6);
        var p = new ScriptedProvider().script("A", b -> b.entry[0] = true);
        BacktestRequest.Builder req = request().sizing(new SizingRule.FixedFraction(1.5));

        assertThat(run(p, req.build(), bars).executions().getFirst().shares()).isEqualTo(2500.0);
        BacktestResult levered = run(p, req.account(account(false, 2, false)).build(), bars);
        assertThat(levered.executions().getFirst().shares()).isEqualTo(3750.0);
        assertThat(levered.curve().equity()[1]).isEqualTo(3750 * 40 - 50_000);
        assertThat(levered.curve().equity()[2]).isEqualTo(115_000);
        assertThat(levered.curve().exposure()[2]).isCloseTo(3750 * 44 / 115_000.0, within(1e-12));
    }

    /**
     * Same-close fills, equal-weight, one position. Closes 40, 40, 50, 50; entry on bar 0 (2 500 shares
     * at 40), exit and a new entry on bar 2. Without re-entry the sale at bar 2's close 50 is the
     * last fill. With same-close re-entry the symbol is bought again at that close: equity
     * 100 000 + 2 500 × 10 = 125 000 buys 125 000 / 50 = 2 500 shares.
     */
    @Test
    void sameCloseReentryBuysBackAtTheCloseThatSold() {
        PriceColumns bars = TestBars.fromCloses("A", new double[] {40, 40, 50, 50}, 1e6);
        var p = new ScriptedProvider().script("A", b -> {
            b.entry[0] = true;
            b.exit[2] = true;
            b.entry[2] = true;
        });
        BacktestRequest.Builder req = request().fill(FillTiming.SAME_CLOSE).exitMode(ExitMode.CLOSE_ONLY);

        BacktestResult plain = run(p, req.build(), bars);
        assertThat(plain.executions()).extracting(Execution::side).containsExactly(Execution.Side.BUY, Execution.Side.SELL);

        BacktestResult reentered = run(p, req.account(account(false, 1, true)).build(), bars);
        assertThat(reentered.executions()).extracting(Execution::side)
                .containsExactly(Execution.Side.BUY, Execution.Side.SELL, Execution.Side.BUY);
        Execution again = reentered.executions().get(2);
        assertThat(again.time()).isEqualTo(TestBars.DAY0 + 2);
        assertThat(again.price()).isEqualTo(50);
        assertThat(again.shares()).isEqualTo(2500.0);
    }

    @Test
    void sameCloseReentryNeedsCloseFillsAndLeverageIsAtLeastOne() {
        assertThatThrownBy(() -> request().account(account(false, 1, true)).build())
                .hasMessage("re-entry same-close needs fills at the close (fill same-close);"
                        + " with next-open fills no position is sold at a close");
        assertThatThrownBy(() -> account(false, 0.5, false)).hasMessage("leverage must be a finite number >= 1, got 0.5");
    }
}
