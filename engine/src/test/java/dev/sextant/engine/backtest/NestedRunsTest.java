package dev.sextant.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.DailyCsvReader;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SharedMarketData;
import dev.sextant.engine.strategy.DwapBreakoutProvider;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import dev.sextant.sample.SampleMarket;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link PortfolioBacktester.NestedRuns} gives, for each nested span, exactly the result of a separate run of the
 * request ending there (an optimizer trial's pruning and full runs): same executions, round trips, equity curve and
 * metrics, on the sample market and on the real daily data when present.
 */
class NestedRunsTest {

    private static final StrategyCatalog CATALOG = StrategyCatalog.load();

    private static final List<Map<String, Object>> PARAMS = List.of(
            Map.of(),
            Map.of("period", 80, "threshold", 0.02, "stopLoss", 0.05, "trailingStop", 0.25),
            Map.of("period", 260, "threshold", 0.12, "stopLoss", 0.15, "trailingStop", 0.06, "maxHoldDays", 40));

    private static void assertNestedEqualsSeparate(List<PriceColumns> bars, LocalDate from, LocalDate middle, LocalDate to) {
        List<String> symbols = bars.stream().map(PriceColumns::symbol).toList();
        for (Map<String, Object> params : PARAMS) {
            BacktestRequest full = BacktestRequest.builder(DwapBreakoutProvider.ID, symbols).params(params)
                    .from(from).to(to).maxPositions(10).build();
            PortfolioBacktester backtester = new PortfolioBacktester(CATALOG, new SignalCache(0), 1);
            PortfolioBacktester.NestedRuns nested = backtester.nestedRuns(full, bars);
            BacktestResult firstHalf = nested.through(middle);
            BacktestResult whole = nested.through(to);
            assertSame(firstHalf, backtester.run(full.toBuilder().to(middle).build(), bars), params + " to " + middle);
            assertSame(whole, backtester.run(full, bars), params + " to " + to);
            assertThat(whole.roundTrips()).as("some trading over the span").isNotEmpty();
            assertThatThrownBy(() -> nested.through(middle)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("simulated through day");
        }
    }

    private static void assertSame(BacktestResult actual, BacktestResult expected, String what) {
        assertThat(actual.executions()).as(what).isEqualTo(expected.executions());
        assertThat(actual.roundTrips()).as(what).isEqualTo(expected.roundTrips());
        assertThat(actual.curve().time()).as(what).isEqualTo(expected.curve().time());
        assertThat(actual.curve().equity()).as(what).isEqualTo(expected.curve().equity());
        assertThat(actual.curve().exposure()).as(what).isEqualTo(expected.curve().exposure());
        assertThat(actual.curve().positions()).as(what).isEqualTo(expected.curve().positions());
        assertThat(actual.metrics().asMap()).as(what).isEqualTo(expected.metrics().asMap());
        assertThat(actual.constraints()).as(what).isEqualTo(expected.constraints());
    }

    @Test
    void sampleMarket() throws IOException {
        List<PriceColumns> bars = new ArrayList<>();
        for (String name : SampleMarket.dailyFiles()) {
            if (bars.size() < 40 && SampleMarket.symbolOf(name).matches("S\\d{3}\\.SX")) {
                try (BufferedReader r = SampleMarket.reader(name)) {
                    bars.add(DailyCsvReader.read(SampleMarket.symbolOf(name), r, name));
                }
            }
        }
        assertThat(bars).hasSize(40);
        LocalDate first = LocalDate.ofEpochDay(bars.get(0).time()[0]);
        assertNestedEqualsSeparate(bars, first.plusYears(2), first.plusYears(5), first.plusYears(8));
    }

    @Test
    void realDailyData() throws IOException {
        List<Path> files = SharedMarketData.dailyFilesOrSkip().subList(0, 60);
        List<PriceColumns> bars = new ArrayList<>();
        for (Path f : files) {
            bars.add(DailyCsvReader.read(f));
        }
        assertNestedEqualsSeparate(bars, LocalDate.of(2004, 1, 1), LocalDate.of(2010, 6, 30), LocalDate.of(2016, 12, 31));
        assertNestedEqualsSeparate(bars, LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31), LocalDate.of(2009, 12, 31));
    }
}
