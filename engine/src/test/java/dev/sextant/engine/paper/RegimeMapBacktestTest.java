package dev.sextant.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.backtest.SizingRule;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A hand-computed market: 30 days, stock A flat at 100, stock B at 40 that jumps to 50 on day 15.
 * Strategy "hold-a" signals an entry in A on every bar and an exit of anything else; "hold-b" the
 * same with B. The injected regimes: strong_bull before day 0 and on days 0-9, weak_bear 10-19,
 * panic_crash 20-24, strong_bull 25-29. The map: strong_bull -> hold-a, weak_bear -> hold-b, the
 * rest cash. A decision at day t's close trades from day t+1; signals at a close fill at the next
 * open; one position, all in, no costs.
 */
class RegimeMapBacktestTest {

    private static final int DAYS = 30;

    private final PaperTrader trader = new PaperTrader(new PortfolioBacktester(new StrategyCatalog(List.of(
            new OnlySymbolProvider("hold-a", "A"), new OnlySymbolProvider("hold-b", "B"))), new SignalCache(), 1));

    private static final List<Candidate> CANDIDATES = List.of(Candidate.of("hold-a"), Candidate.of("hold-b"));

    private static RegimeMap map(Rebalance rebalance) {
        Map<MarketRegime, String> labels = new EnumMap<>(MarketRegime.class);
        labels.put(MarketRegime.STRONG_BULL, "hold-a");
        labels.put(MarketRegime.WEAK_BEAR, "hold-b");
        return new RegimeMap(labels, rebalance);
    }

    private static LocalDate day(int i) {
        return LocalDate.ofEpochDay(TestBars.DAY0 + i);
    }

    private static PriceColumns flat(String symbol, double[] close) {
        double[] high = Arrays.stream(close).map(c -> c + 1).toArray();
        double[] low = Arrays.stream(close).map(c -> c - 1).toArray();
        return TestBars.of(symbol, TestBars.DAY0, close.clone(), high, low, close, new double[close.length]);
    }

    private static List<PriceColumns> bars(int days) {
        double[] a = new double[DAYS];
        double[] b = new double[DAYS];
        Arrays.fill(a, 100);
        for (int i = 0; i < DAYS; i++) {
            b[i] = i < 15 ? 40 : 50;
        }
        return List.of(flat("A", a).slice(0, days), flat("B", b).slice(0, days));
    }

    private static SortedMap<LocalDate, MarketRegime> regimes(int days) {
        SortedMap<LocalDate, MarketRegime> out = new TreeMap<>();
        out.put(day(-1), MarketRegime.STRONG_BULL);
        for (int i = 0; i < days; i++) {
            out.put(day(i), i < 10 ? MarketRegime.STRONG_BULL : i < 20 ? MarketRegime.WEAK_BEAR
                    : i < 25 ? MarketRegime.PANIC_CRASH : MarketRegime.STRONG_BULL);
        }
        return out;
    }

    private RegimeMapBacktest.Result run(int days, Rebalance rebalance) {
        BacktestRequest request = BacktestRequest.builder("hold-a", List.of("A", "B")).from(day(0)).capital(10_000)
                .maxPositions(1).sizing(new SizingRule.AllIn()).build();
        return RegimeMapBacktest.run(trader, request, CANDIDATES, map(rebalance), bars(days), regimes(days), day(days - 1));
    }

    private static List<String> labels(RegimeMapBacktest.Result r) {
        return r.days().stream().map(PaperDay::strategy).toList();
    }

    private static List<String> repeat(String label, int n) {
        return java.util.Collections.nCopies(n, label);
    }

    @Test
    void tradesTheSignalsOfTheStrategyMappedToTheRegimeOfThePreviousClose() {
        RegimeMapBacktest.Result r = run(DAYS, Rebalance.DAILY);

        List<String> expected = new ArrayList<>();
        expected.addAll(repeat("hold-a", 11)); // days 0-10: strong_bull before day 0 and on days 0-9
        expected.addAll(repeat("hold-b", 10)); // days 11-20: weak_bear at the closes of days 10-19
        expected.addAll(repeat(RegimeMap.CASH, 5)); // days 21-25: panic_crash at the closes of days 20-24
        expected.addAll(repeat("hold-a", 4)); // days 26-29: strong_bull from the close of day 25
        assertThat(labels(r)).isEqualTo(expected);
        assertThat(r.switches()).extracting(StrategySwitch::date, StrategySwitch::from, StrategySwitch::to, StrategySwitch::regime)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(day(10), "hold-a", "hold-b", "weak_bear"),
                        org.assertj.core.groups.Tuple.tuple(day(20), "hold-b", RegimeMap.CASH, "panic_crash"),
                        org.assertj.core.groups.Tuple.tuple(day(25), RegimeMap.CASH, "hold-a", "strong_bull"));

        // hold-a's day-0 entry fills at day 1's open: 10 000 / 100 = 100 A. hold-b's day-11 signals (exit A, enter B)
        // fill at day 12's open: A sold at 100, 10 000 / 40 = 250 B. In cash (days 21-25) hold-b's exits keep B, and
        // no entry is taken. hold-a's day-26 signals fill at day 27's open: B sold at 50 = 12 500, 125 A.
        assertThat(r.executions()).extracting(e -> e.time() - TestBars.DAY0, Execution::symbol, Execution::side, Execution::shares)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "A", Execution.Side.BUY, 100.0),
                        org.assertj.core.groups.Tuple.tuple(12L, "A", Execution.Side.SELL, 100.0),
                        org.assertj.core.groups.Tuple.tuple(12L, "B", Execution.Side.BUY, 250.0),
                        org.assertj.core.groups.Tuple.tuple(27L, "B", Execution.Side.SELL, 250.0),
                        org.assertj.core.groups.Tuple.tuple(27L, "A", Execution.Side.BUY, 125.0));
        assertThat(r.trades()).extracting(PaperTrip::origin).containsExactly("hold-a", "hold-b");
        assertThat(r.days().get(14).equity()).isEqualTo(10_000, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.days().get(15).equity()).isEqualTo(12_500, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.days().getLast().equity()).isEqualTo(12_500, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.totalReturn()).isEqualTo(0.25, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.maxDrawdown()).isZero();
    }

    @Test
    void theDecisionOfDayTIsTheSameWhenAllDataAfterTIsRemoved() {
        RegimeMapBacktest.Result full = run(DAYS, Rebalance.DAILY);
        for (int t = 1; t <= DAYS; t++) {
            RegimeMapBacktest.Result cut = run(t, Rebalance.DAILY);
            assertThat(labels(cut)).as("labels through day %d", t - 1).isEqualTo(labels(full).subList(0, t));
            long last = TestBars.DAY0 + t - 1;
            assertThat(cut.switches()).as("switches through day %d", t - 1)
                    .isEqualTo(full.switches().stream().filter(s -> s.date().toEpochDay() <= last).toList());
            assertThat(cut.executions()).as("fills through day %d", t - 1)
                    .isEqualTo(full.executions().stream().filter(e -> e.time() <= last).toList());
        }
    }

    @Test
    void aWeeklyMapDecidesOnlyOnTheFirstTradingDayOfEachWeek() {
        // DAY0 = Wed 2020-01-01: the weeks start on days 5 (Mon 6 Jan), 12, 19 and 26
        RegimeMapBacktest.Result r = run(DAYS, Rebalance.WEEKLY);

        assertThat(r.switches()).extracting(StrategySwitch::date, StrategySwitch::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(day(12), "hold-b"),
                        org.assertj.core.groups.Tuple.tuple(day(26), "hold-a"));
        // day 19's close is weak_bear (still hold-b); day 20-25's panic_crash is never seen at a rebalance
        List<String> expected = new ArrayList<>();
        expected.addAll(repeat("hold-a", 13));
        expected.addAll(repeat("hold-b", 14));
        expected.addAll(repeat("hold-a", 3));
        assertThat(labels(r)).isEqualTo(expected);
    }

    /** The label each day of {@code calendar} trades, deciding at every close as a portfolio does. */
    private static List<String> labelsOf(RegimeMap map, long[] calendar, SortedMap<LocalDate, MarketRegime> regimes) {
        RegimeMapSelector selector = new RegimeMapSelector(map, calendar, regimes, "hold-a");
        List<String> out = new ArrayList<>();
        String active = selector.initial();
        for (int t = 0; t < calendar.length; t++) {
            out.add(active);
            active = selector.decide(t, active, -1).map(StrategySwitch::to).orElse(active);
        }
        return out;
    }

    private static SortedMap<LocalDate, MarketRegime> classify(PriceColumns index, PriceColumns vol) {
        var parameters = dev.sextant.engine.regime.RegimeParameters.defaults();
        return new dev.sextant.engine.regime.RegimeClassifier(parameters).classify(
                new dev.sextant.engine.regime.RegimeFeatureCalculator(parameters).compute(index, vol, new ArrayList<>())).byDate();
    }

    /** On the real SPY and ^VIX: the strategy of every day up to t is the same when all bars after t are removed. */
    @Test
    void onTheRealIndexTheStrategyOfDayTDoesNotDependOnLaterBars() throws java.io.IOException {
        java.nio.file.Path dir = dev.sextant.engine.market.SharedMarketData.dailyFolder().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null && java.nio.file.Files.exists(dir.resolve("SPY.csv.gz"))
                && java.nio.file.Files.exists(dir.resolve("^VIX.csv.gz")), "no real SPY/^VIX data");
        PriceColumns spy = dev.sextant.engine.DailyCsvReader.read(dir.resolve("SPY.csv.gz"));
        PriceColumns vix = dev.sextant.engine.DailyCsvReader.read(dir.resolve("^VIX.csv.gz"));
        for (Rebalance rebalance : Rebalance.values()) {
            RegimeMap map = map(rebalance);
            List<String> full = labelsOf(map, spy.time(), classify(spy, vix));
            assertThat(full).contains("hold-a", "hold-b", RegimeMap.CASH);
            for (String cut : new String[] {"2008-09-15", "2009-03-09", "2011-08-08", "2015-08-24", "2020-03-16"}) {
                int t = spy.indexAtOrAfter(LocalDate.parse(cut).toEpochDay());
                PriceColumns vixCut = vix.slice(0, vix.indexAtOrAfter(spy.time()[t] + 1));
                List<String> cutLabels = labelsOf(map, Arrays.copyOf(spy.time(), t + 1), classify(spy.slice(0, t + 1), vixCut));
                assertThat(cutLabels).as("%s labels up to %s", rebalance, cut).isEqualTo(full.subList(0, t + 1));
            }
        }
    }
}
