package dev.sextant.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.ExitMode;
import dev.sextant.engine.backtest.FeeModel;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.backtest.PortfolioBook;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.backtest.SizingRule;
import dev.sextant.engine.backtest.SlippageModel;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A paper portfolio replayed one day at a time, each day seeing only the bars up to that day, ends
 * with exactly the fills, round trips and equity of one backtest of the same strategy over the span.
 */
class PaperReplayTest {

    private static final List<PriceColumns> STOCKS = SampleStocks.first(8);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "dwap-breakout, intrabar, 0",
        "dwap-breakout, close-only, 0",
        "rsi-reversion, intrabar, 0",
        "sma-cross, intrabar, 0",
        "momentum-rank, intrabar, 3"
    })
    void dayByDayReplayEqualsTheBacktestOfTheSpan(String strategy, String exitMode, int top) {
        List<String> symbols = STOCKS.stream().map(PriceColumns::symbol).toList();
        LocalDate from = STOCKS.getFirst().date(300);
        LocalDate to = STOCKS.getFirst().date(560);
        BacktestRequest request = BacktestRequest.builder(strategy, symbols).from(from)
                .params(top > 0 ? java.util.Map.of("top", top) : java.util.Map.of()).capital(250_000).maxPositions(4)
                .sizing(new SizingRule.EqualWeight()).commission(new FeeModel.PerShare(0.005))
                .slippage(new SlippageModel.Bps(5))
                .exitMode("close-only".equals(exitMode) ? ExitMode.CLOSE_ONLY : ExitMode.INTRABAR).build();
        PortfolioBacktester backtester = new PortfolioBacktester(StrategyCatalog.load(), new SignalCache(), 1);
        BacktestResult backtest = backtester.run(request.toBuilder().to(to).build(), STOCKS);

        PaperPortfolio portfolio = new PaperPortfolio("replay", request, null, List.of(), null);
        PaperTrader trader = new PaperTrader(backtester);
        PaperState state = PaperState.initial(portfolio);
        List<PaperDay> days = new ArrayList<>();
        List<PaperTrip> trips = new ArrayList<>();
        TreeSet<Long> calendar = new TreeSet<>();
        STOCKS.forEach(p -> { for (long t : p.time()) { calendar.add(t); } });
        int executions = 0;
        for (long day : calendar.subSet(from.toEpochDay(), true, to.toEpochDay(), true)) {
            PaperUpdate u = trader.update(portfolio, state, SampleStocks.through(STOCKS, day), LocalDate.ofEpochDay(day),
                    new TreeMap<>());
            assertThat(u.days()).extracting(PaperDay::date).containsExactly(LocalDate.ofEpochDay(day));
            days.addAll(u.days());
            trips.addAll(u.closedTrips());
            executions += u.executions().size();
            state = u.after();
        }

        assertThat(backtest.roundTrips().stream().filter(t -> !t.isOpen()).count()).as("the span trades").isGreaterThan(3);
        assertThat(sorted(trips.stream().map(PaperTrip::trip).toList()))
                .isEqualTo(backtest.roundTrips().stream().filter(t -> !t.isOpen()).toList());
        assertThat(trips).allMatch(t -> t.origin().equals(strategy));
        assertThat(executions).isEqualTo(backtest.executions().size());
        assertThat(days.stream().mapToDouble(PaperDay::equity).toArray()).containsExactly(backtest.curve().equity());
        assertThat(days.stream().mapToLong(d -> d.date().toEpochDay()).toArray()).containsExactly(backtest.curve().time());
        List<RoundTrip> open = backtest.roundTrips().stream().filter(RoundTrip::isOpen).toList();
        assertThat(state.book().holdings()).extracting(PortfolioBook.Holding::symbol, PortfolioBook.Holding::entryTime,
                PortfolioBook.Holding::shares, PortfolioBook.Holding::entryPrice)
                .containsExactlyElementsOf(open.stream().sorted(Comparator.comparing(RoundTrip::symbol))
                        .map(t -> org.assertj.core.groups.Tuple.tuple(t.symbol(), t.entryTime(), t.shares(), t.entryPrice()))
                        .toList());
    }

    @Test
    void updatesInChunksEqualOneUpdate() {
        List<String> symbols = STOCKS.stream().map(PriceColumns::symbol).toList();
        LocalDate from = STOCKS.getFirst().date(300);
        BacktestRequest request = BacktestRequest.builder("dwap-breakout", symbols).from(from).maxPositions(3).build();
        PaperPortfolio portfolio = new PaperPortfolio("chunks", request, null, List.of(), null);
        PaperTrader trader = new PaperTrader(new PortfolioBacktester(StrategyCatalog.load(), new SignalCache(), 1));
        LocalDate end = STOCKS.getFirst().date(700);

        PaperUpdate once = trader.update(portfolio, PaperState.initial(portfolio), STOCKS, end, new TreeMap<>());
        PaperState state = PaperState.initial(portfolio);
        List<PaperDay> days = new ArrayList<>();
        for (int cut : new int[] {320, 321, 400, 555, 700}) {
            PaperUpdate u = trader.update(portfolio, state, STOCKS, STOCKS.getFirst().date(cut), new TreeMap<>());
            days.addAll(u.days());
            state = u.after();
        }
        assertThat(days).isEqualTo(once.days());
        assertThat(state.book()).isEqualTo(once.after().book());
        PaperUpdate again = trader.update(portfolio, state, STOCKS, end, new TreeMap<>());
        assertThat(again.isEmpty()).as("an update with nothing new adds nothing").isTrue();
        assertThat(again.after().book()).isEqualTo(state.book());
    }

    private static List<RoundTrip> sorted(List<RoundTrip> trips) {
        return trips.stream().sorted(Comparator.comparingLong(RoundTrip::entryTime).thenComparing(RoundTrip::symbol)).toList();
    }
}
