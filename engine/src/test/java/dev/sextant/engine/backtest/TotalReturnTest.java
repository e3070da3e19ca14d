package dev.sextant.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.CorporateAction;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dividends credited by total returns, against amounts worked out by hand (exact in binary, so
 * compared exactly). Closes are 50 on every bar; the entry on bar 0 fills at bar 1's open with
 * equal-weight sizing of one position: 100 000 / 50 = 2 000 shares; the exit on bar 3 fills at
 * bar 4's open. Recorded actions (ex-dates as bar numbers from {@link TestBars#DAY0}):
 * <ul>
 *   <li>dividend 0.70 on bar 1: the position is bought at that open, so it was not held at bar 0's
 *       close: nothing;</li>
 *   <li>split 3:1 on bar 2: before the next dividends, so it does not divide them;</li>
 *   <li>dividend 1.00 on bar 3: held at bar 2's close; divided by the later 2:1 split (bar 10) to
 *       0.50 per share of the series: 2 000 × 0.50 = 1 000;</li>
 *   <li>dividend 0.30 on bar 4: held at bar 3's close and sold at bar 4's open, still paid:
 *       2 000 × 0.15 = 300;</li>
 *   <li>split 2:1 on bar 10, after the series.</li>
 * </ul>
 * Total: equity 100 000 on bars 0 to 2, 101 000 on bar 3, 101 300 from bar 4; the round trip's
 * P&amp;L is the 1 300 of dividends (the price did not move). Price returns: 100 000 throughout.
 */
class TotalReturnTest {

    private static LocalDate day(int bar) {
        return LocalDate.ofEpochDay(TestBars.DAY0 + bar);
    }

    private static final List<CorporateAction> ACTIONS = List.of(
            CorporateAction.dividend(day(1), 0.70),
            CorporateAction.split(day(2), 3),
            CorporateAction.dividend(day(3), 1.00),
            CorporateAction.dividend(day(4), 0.30),
            CorporateAction.split(day(10), 2));

    private static final ScriptedProvider PROVIDER = new ScriptedProvider().script("A", b -> {
        b.entry[0] = true;
        b.exit[3] = true;
    });

    private static BacktestResult run(ReturnMode mode) {
        PriceColumns bars = TestBars.fromCloses("A", new double[] {50, 50, 50, 50, 50, 50}, 1e6);
        BacktestRequest request = BacktestRequest.builder("scripted", List.of("A")).maxPositions(1)
                .account(AccountRules.CASH_WHOLE_SHARES_PRICE.withReturns(mode)).build();
        return new PortfolioBacktester(new StrategyCatalog(List.of(PROVIDER)), new SignalCache(), 1,
                symbol -> symbol.equals("A") ? ACTIONS : List.of()).run(request, List.of(bars));
    }

    @Test
    void dividendsArePaidToThePositionHeldAtTheCloseBeforeTheExDateDividedByLaterSplits() {
        BacktestResult total = run(ReturnMode.TOTAL);

        assertThat(total.executions().getFirst().shares()).isEqualTo(2000.0);
        assertThat(total.curve().equity()).containsExactly(100_000, 100_000, 100_000, 101_000, 101_300, 101_300);
        RoundTrip trip = total.roundTrips().getFirst();
        assertThat(trip.pnl()).isEqualTo(1_300);
        assertThat(trip.returnPct()).isEqualTo(0.013);
        assertThat(total.provenance().returns()).isEqualTo("total");
    }

    @Test
    void priceReturnsCreditNothing() {
        BacktestResult price = run(ReturnMode.PRICE);

        assertThat(price.curve().equity()).containsOnly(100_000);
        assertThat(price.roundTrips().getFirst().pnl()).isZero();
        assertThat(price.provenance().returns()).isEqualTo("price");
    }

    @Test
    void aBacktesterWithoutActionsRefusesTotalReturns() {
        PriceColumns bars = TestBars.fromCloses("A", new double[] {50, 50}, 1e6);
        BacktestRequest request = BacktestRequest.builder("scripted", List.of("A"))
                .account(AccountRules.CASH_WHOLE_SHARES_PRICE.withReturns(ReturnMode.TOTAL)).build();
        PortfolioBacktester priceOnly = new PortfolioBacktester(new StrategyCatalog(List.of(PROVIDER)), new SignalCache(), 1);

        assertThatThrownBy(() -> priceOnly.run(request, List.of(bars))).hasMessage("total returns need the recorded"
                + " dividends, which this backtester is not given; run with returns price");
    }
}
