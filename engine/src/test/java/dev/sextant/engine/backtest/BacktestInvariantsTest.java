package dev.sextant.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties that must hold for every strategy: no look-ahead, warm-up respected, determinism. */
class BacktestInvariantsTest {

    private static final StrategyCatalog CATALOG = StrategyCatalog.load();

    private static List<PriceColumns> universe() {
        List<PriceColumns> out = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            out.add(TestBars.synthetic("S" + k, 700, 40 + 5 * k, 0.02 * (k - 3), 7 * k));
        }
        return out;
    }

    private static BacktestRequest request(String strategy, Map<String, ?> params) {
        return BacktestRequest.builder(strategy, universe().stream().map(PriceColumns::symbol).toList())
                .params(params).maxPositions(3).commission(FeeModel.parse("bps:5")).slippage(SlippageModel.parse("bps:2"))
                .build();
    }

    private static BacktestResult run(BacktestRequest r, List<PriceColumns> bars, int threads) {
        return new PortfolioBacktester(CATALOG, new SignalCache(), threads).run(r, bars);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dwap-breakout", "sma-cross", "rsi-reversion", "momentum-rank", "ensemble"})
    void changingBarsAfterDayTChangesNothingDecidedUpToT(String strategy) {
        Map<String, ?> params = switch (strategy) {
            case "dwap-breakout" -> Map.of("period", 50, "minVolume", 0.0);
            case "momentum-rank" -> Map.of("lookback", 20, "top", 3, "rebalance", 5);
            default -> Map.of();
        };
        BacktestRequest r = request(strategy, params);
        List<PriceColumns> bars = universe();
        int cut = 450;
        long cutTime = bars.get(0).time()[cut];
        List<PriceColumns> altered = bars.stream().map(p -> scrambleAfter(p, cut)).toList();

        BacktestResult a = run(r, bars, 1);
        BacktestResult b = run(r, altered, 1);
        assertThat(a.executions()).as("some trading happens").isNotEmpty();
        assertThat(upTo(a.executions(), cutTime)).isEqualTo(upTo(b.executions(), cutTime));
        for (int d = 0; d < a.curve().size() && a.curve().time()[d] <= cutTime; d++) {
            assertThat(b.curve().equity()[d]).as("equity on day %d", d).isEqualTo(a.curve().equity()[d]);
        }
        assertThat(upTo(b.executions(), Long.MAX_VALUE)).isNotEqualTo(upTo(a.executions(), Long.MAX_VALUE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dwap-breakout", "sma-cross", "rsi-reversion", "momentum-rank", "ensemble"})
    void noEntryIsSignalledDuringWarmUp(String strategy) {
        var provider = CATALOG.get(strategy);
        BacktestResult r = run(request(strategy, Map.of()), universe(), 1);
        int warmup = provider.computeSignals(universe().get(0), provider.paramSpace().defaults()).firstTradable();
        long firstTradableTime = universe().get(0).time()[warmup];
        for (Execution e : r.executions()) {
            // NEXT_OPEN: the earliest possible fill is the bar after the first tradable bar
            assertThat(e.time()).isGreaterThan(firstTradableTime);
        }
    }

    @Test
    void sameRequestTwiceAndOneVersusTwoThreadsGiveIdenticalResults() {
        BacktestRequest r = request("sma-cross", Map.of("fast", 10, "slow", 30));
        List<PriceColumns> bars = universe();
        BacktestResult one = run(r, bars, 1);
        BacktestResult again = run(r, bars, 1);
        BacktestResult two = run(r, new ArrayList<>(bars.reversed()), 2);
        for (BacktestResult other : List.of(again, two)) {
            assertThat(other.executions()).isEqualTo(one.executions());
            assertThat(other.roundTrips()).isEqualTo(one.roundTrips());
            assertThat(other.curve().equity()).isEqualTo(one.curve().equity());
            assertThat(other.curve().exposure()).isEqualTo(one.curve().exposure());
            assertThat(other.metrics()).isEqualTo(one.metrics());
            assertThat(other.provenance()).isEqualTo(one.provenance());
        }
    }

    /** Cross-sectional strategies (momentum-rank) always get every bar's signals, so they are not compared here. */
    @ParameterizedTest
    @ValueSource(strings = {"dwap-breakout", "sma-cross", "rsi-reversion", "ensemble"})
    void aSpanOfDatesGivesTheSameResultWhenOnlyItsBarsGetSignals(String strategy) {
        List<PriceColumns> bars = universe();
        LocalDate from = LocalDate.ofEpochDay(TestBars.DAY0 + 400);
        BacktestRequest r = BacktestRequest.builder(strategy, bars.stream().map(PriceColumns::symbol).toList())
                .from(from).to(from.plusDays(150)).maxPositions(3).build();
        // the same providers, seen only through the method that computes every bar
        StrategyCatalog everyBar = new StrategyCatalog(CATALOG.list().stream().<StrategyProvider>map(EveryBar::new).toList());

        BacktestResult span = run(r, bars, 1);
        BacktestResult all = new PortfolioBacktester(everyBar, new SignalCache(), 1).run(r, bars);

        assertThat(span.executions()).isNotEmpty().isEqualTo(all.executions());
        assertThat(span.roundTrips()).isEqualTo(all.roundTrips());
        assertThat(span.curve().equity()).isEqualTo(all.curve().equity());
        assertThat(span.metrics()).isEqualTo(all.metrics());
    }

    /** A provider that computes every bar's signals whatever span is asked for. */
    private record EveryBar(StrategyProvider provider) implements StrategyProvider {
        public String id() {
            return provider.id();
        }

        public String version() {
            return provider.version();
        }

        public String description() {
            return provider.description();
        }

        public ParamSpace paramSpace() {
            return provider.paramSpace();
        }

        public SignalColumns computeSignals(PriceColumns bars, Params params) {
            return provider.computeSignals(bars, params);
        }
    }

    private static List<Execution> upTo(List<Execution> all, long time) {
        return all.stream().filter(e -> e.time() <= time).toList();
    }

    /** Same bars up to and including index {@code cut}, different prices and volumes after it. */
    private static PriceColumns scrambleAfter(PriceColumns p, int cut) {
        double[] o = p.open().clone();
        double[] h = p.high().clone();
        double[] l = p.low().clone();
        double[] c = p.close().clone();
        double[] v = p.volume().clone();
        for (int i = cut + 1; i < p.size(); i++) {
            double f = 1 + 0.3 * Math.sin(i * 0.37);
            o[i] *= f;
            h[i] *= f * 1.01;
            l[i] *= f * 0.99;
            c[i] *= f;
            v[i] *= 2 - f;
        }
        return new PriceColumns(p.symbol(), p.timeframe(), p.time(), o, h, l, c, c.clone(), v);
    }
}
