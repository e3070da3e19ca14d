package dev.sextant.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.backtest.ExitReason;
import dev.sextant.engine.backtest.HandTrade;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.backtest.SizingRule;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Decisions of a processed day stand, whatever later data or revisions of old bars say; hand trades; what-if. */
class PaperDecisionsTest {

    private final PaperTrader trader = new PaperTrader(
            new PortfolioBacktester(new StrategyCatalog(List.of(new ThresholdProvider())), new SignalCache(), 1));

    private static PriceColumns flat(String symbol, int n, int... at110) {
        double[] close = new double[n];
        java.util.Arrays.fill(close, 100);
        for (int i : at110) {
            close[i] = 110;
        }
        double[] open = close.clone();
        double[] high = close.clone();
        double[] low = close.clone();
        for (int i = 0; i < n; i++) {
            high[i] += 1;
            low[i] -= 1;
        }
        return TestBars.of(symbol, TestBars.DAY0, open, high, low, close, new double[n]);
    }

    private static LocalDate day(int i) {
        return LocalDate.ofEpochDay(TestBars.DAY0 + i);
    }

    private static PaperPortfolio portfolio() {
        BacktestRequest r = BacktestRequest.builder("threshold", List.of("A")).from(day(0)).capital(10_000)
                .maxPositions(1).sizing(new SizingRule.AllIn()).build();
        return new PaperPortfolio("p", r, null, List.of(), null);
    }

    @Test
    void aDecisionAtTheLastCloseIsFilledEvenWhenTheRevisedBarNoLongerSignals() {
        PaperPortfolio p = portfolio();
        PaperUpdate first = trader.update(p, PaperState.initial(p), List.of(flat("A", 10, 9)), day(9), new TreeMap<>());
        assertThat(first.days()).hasSize(10);
        assertThat(first.executions()).isEmpty();
        assertThat(first.after().book().pendingEntries()).extracting(e -> e.symbol()).containsExactly("A");

        // the vendor revises history: day 9 no longer closes at 110, day 3 now does; new days arrive
        PriceColumns revised = flat("A", 16, 3);
        PaperUpdate second = trader.update(p, first.after(), List.of(revised), day(15), new TreeMap<>());

        assertThat(second.days()).extracting(PaperDay::date).containsExactly(day(10), day(11), day(12), day(13), day(14), day(15));
        assertThat(second.executions()).hasSize(1);
        Execution buy = second.executions().getFirst();
        assertThat(buy.time()).isEqualTo(TestBars.DAY0 + 10);
        assertThat(buy.shares()).isEqualTo(90); // sized on the saved signal close 110: 10 000 / 110
        // a backtest over the revised bars would have bought on day 4 instead and nothing on day 10
        BacktestResult hindsight = trader.whatIf(p, "threshold", day(0), day(15), List.of(revised));
        assertThat(hindsight.executions()).extracting(Execution::time).containsExactly(TestBars.DAY0 + 4);
    }

    @Test
    void laterDataOnlyAppends() {
        PaperPortfolio p = portfolio();
        PriceColumns bars = flat("A", 30, 5, 20);
        PaperUpdate a = trader.update(p, PaperState.initial(p), List.of(bars.slice(0, 12)), day(11), new TreeMap<>());
        PaperUpdate b = trader.update(p, a.after(), List.of(bars), day(29), new TreeMap<>());
        assertThat(b.days().getFirst().date()).isEqualTo(day(12));
        assertThat(a.days().getLast().date()).isEqualTo(day(11));
        assertThat(a.executions()).extracting(Execution::time).containsExactly(TestBars.DAY0 + 6);
        assertThat(b.executions()).isEmpty(); // day 20's signal: the slot is taken
    }

    @Test
    void handTradesAreBookedAtTheCloseOfTheirDayAndNamedHand() {
        BacktestRequest r = BacktestRequest.builder("threshold", List.of("A", "B")).from(day(0)).capital(10_000)
                .maxPositions(2).build();
        PaperPortfolio p = new PaperPortfolio("h", r, null, List.of(), null);
        List<PriceColumns> bars = List.of(flat("A", 12), flat("B", 12));
        PaperState start = PaperState.initial(p);
        PaperState withTrades = new PaperState(start.book(), start.active(), null, start.origins(), List.of(
                new HandTrade(TestBars.DAY0 + 2, "B", Execution.Side.BUY, 10, 100, 1),
                new HandTrade(TestBars.DAY0 + 5, "B", Execution.Side.SELL, 10, 104, 1),
                new HandTrade(TestBars.DAY0 + 40, "A", Execution.Side.BUY, 1, 100, 0)));
        PaperUpdate u = trader.update(p, withTrades, bars, day(11), new TreeMap<>());
        assertThat(u.closedTrips()).singleElement().satisfies(t -> {
            assertThat(t.handEntered()).isTrue();
            assertThat(t.trip().exitReason()).isEqualTo(ExitReason.HAND);
            assertThat(t.trip().pnl()).isEqualTo(10 * 104 - 1 - (10 * 100 + 1));
        });
        assertThat(u.days().get(2).cash()).isEqualTo(10_000 - 1001);
        assertThat(u.days().getLast().equity()).isEqualTo(10_000 + 38);
        assertThat(u.after().handTrades()).extracting(HandTrade::time).containsExactly(TestBars.DAY0 + 40);
    }

    @Test
    void aHandSaleWithoutAPositionIsRefusedNamingTheTrade() {
        PaperPortfolio p = portfolio();
        PaperState start = PaperState.initial(p);
        PaperState bad = new PaperState(start.book(), start.active(), null, start.origins(),
                List.of(new HandTrade(TestBars.DAY0 + 3, "A", Execution.Side.SELL, 5, 100, 0)));
        assertThatThrownBy(() -> trader.update(p, bad, List.of(flat("A", 8)), day(7), new TreeMap<>()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hand trade SELL 5 A").hasMessageContaining("holds 0 shares");
    }
}
