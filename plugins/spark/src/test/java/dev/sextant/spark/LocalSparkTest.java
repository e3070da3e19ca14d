package dev.sextant.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.cluster.Cluster;
import dev.sextant.engine.cluster.ClusterProvider;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.InMemoryStudyStore;
import dev.sextant.engine.optimize.SamplerKind;
import dev.sextant.engine.optimize.Study;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.optimize.TrialState;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import dev.sextant.engine.walkforward.WalkForward;
import dev.sextant.engine.walkforward.WalkForwardResult;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.FeeModel;
import dev.sextant.engine.backtest.PortfolioBacktester;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Studies and walk-forwards on {@code local[2]} (two executor threads) against the same runs on this JVM's pool. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalSparkTest {

    static final StrategyCatalog CATALOG = StrategyCatalog.load();
    static final List<PriceColumns> BARS = SampleStudies.stocks(6);

    Cluster cluster;

    @BeforeAll
    void connect(@TempDir Path shipped) {
        cluster = ClusterProvider.find(getClass().getClassLoader()).orElseThrow()
                .connect("local[2]", shipped.toString(), BARS, List.of());
    }

    @AfterAll
    void close() {
        cluster.close();
    }

    @ParameterizedTest
    @EnumSource(SamplerKind.class)
    void aStudyOnSparkRecordsTheTrialsOfTheLocalRun(SamplerKind sampler) {
        StudyRequest request = SampleStudies.study("s-" + sampler, BARS, sampler, 27, 1);
        StudyResult local = new Study(CATALOG, new SignalCache(), BARS, new InMemoryStudyStore()).run(request,
                ProgressSink.NONE, Cancellation.NEVER);
        AtomicInteger reports = new AtomicInteger();
        StudyResult spark = new Study(CATALOG, new SignalCache(), BARS, new InMemoryStudyStore(), cluster.trials())
                .run(request, (done, total, msg) -> reports.incrementAndGet(), Cancellation.NEVER);

        assertThat(SampleStudies.trials(spark)).isEqualTo(SampleStudies.trials(local));
        assertThat(spark.bestParams()).isEqualTo(local.bestParams());
        assertThat(spark.trials()).hasSize(27);
        assertThat(spark.count(TrialState.COMPLETE)).isPositive();
        assertThat(reports.get()).isEqualTo(spark.trials().size());
    }

    @Test
    void prunedTrialsTooAreTheLocalOnes() {
        StudyRequest request = SampleStudies.study("pruned", BARS, SamplerKind.RANDOM, 40, 2);
        StudyResult local = new Study(CATALOG, new SignalCache(), BARS, new InMemoryStudyStore()).run(request,
                ProgressSink.NONE, Cancellation.NEVER);
        StudyResult spark = new Study(CATALOG, new SignalCache(), BARS, new InMemoryStudyStore(), cluster.trials())
                .run(request, ProgressSink.NONE, Cancellation.NEVER);
        assertThat(local.count(TrialState.PRUNED)).isPositive();
        assertThat(SampleStudies.trials(spark)).isEqualTo(SampleStudies.trials(local));
    }

    @Test
    void aWalkForwardWithFoldsAsTasksEqualsTheLocalOne() {
        WalkForwardResult local = new WalkForward(CATALOG, new SignalCache(), BARS, new InMemoryStudyStore())
                .run(SampleStudies.walkForward(BARS, 1), ProgressSink.NONE, Cancellation.NEVER);
        AtomicInteger folds = new AtomicInteger();
        WalkForwardResult spark = new WalkForward(CATALOG, new SignalCache(), BARS, cluster.foldStudies())
                .run(SampleStudies.walkForward(BARS, 1), (done, total, msg) -> folds.incrementAndGet(), Cancellation.NEVER);

        assertThat(local.folds().size()).isGreaterThanOrEqualTo(3);
        assertThat(SampleStudies.walkForward(spark)).isEqualTo(SampleStudies.walkForward(local));
        assertThat(folds.get()).isEqualTo(local.folds().size());
    }

    @Test
    void aCancelledStudyKeepsItsFinishedTrialsAndResumesToTheUninterruptedResult() {
        StudyRequest request = SampleStudies.study("cancelled", BARS, SamplerKind.RANDOM, 200, 1);
        InMemoryStudyStore store = new InMemoryStudyStore();
        AtomicInteger done = new AtomicInteger();
        Study study = new Study(CATALOG, new SignalCache(), BARS, store, cluster.trials());
        assertThatThrownBy(() -> study.run(request, (d, total, msg) -> done.set((int) d), () -> done.get() >= 20))
                .isInstanceOf(CancelledException.class);
        int kept = store.loadTrials("cancelled").size();
        assertThat(kept).isBetween(20, 199);

        StudyResult resumed = study.run(request, ProgressSink.NONE, Cancellation.NEVER);
        StudyResult uninterrupted = new Study(CATALOG, new SignalCache(), BARS, new InMemoryStudyStore()).run(request,
                ProgressSink.NONE, Cancellation.NEVER);
        assertThat(resumed.evaluated()).isEqualTo(200 - kept);
        assertThat(SampleStudies.trials(resumed)).isEqualTo(SampleStudies.trials(uninterrupted));
    }

    @Test
    void aBatchOfBacktestsOnSparkGivesTheLocalResults() {
        List<BacktestRequest> requests = List.of(
                BacktestRequest.builder("dwap-breakout", List.of(BARS.get(0).symbol(), BARS.get(1).symbol()))
                        .params(Map.of("minPrice", 0, "minVolume", 0)).maxPositions(2).build(),
                BacktestRequest.builder("dwap-breakout", BARS.stream().map(PriceColumns::symbol).toList())
                        .params(Map.of("minPrice", 0, "minVolume", 0, "period", 40)).from(LocalDate.of(2012, 1, 1))
                        .to(LocalDate.of(2016, 12, 31)).commission(FeeModel.parse("bps:5")).build(),
                BacktestRequest.builder("dwap-breakout", List.of(BARS.get(2).symbol())).params(Map.of("minPrice", 0,
                        "minVolume", 0)).benchmark(BARS.get(3).symbol()).build());
        PortfolioBacktester local = new PortfolioBacktester(CATALOG, new SignalCache(), 1);
        Map<Integer, BacktestResult> spark = new java.util.TreeMap<>();
        cluster.backtests().run(requests, (i, timed) -> spark.put(i, timed.result()), Cancellation.NEVER);

        assertThat(spark.keySet()).containsExactly(0, 1, 2);
        for (int i = 0; i < requests.size(); i++) {
            BacktestResult expected = local.run(requests.get(i), BARS);
            assertThat(expected.roundTrips()).isNotEmpty();
            assertThat(spark.get(i)).usingRecursiveComparison().isEqualTo(expected);
        }
    }

    /** A strategy as a plugin brings it: known to the workstation, not in the jars shipped to the executors. */
    record PluginStrategy(StrategyProvider builtIn) implements StrategyProvider {
        public String id() {
            return "plugin-" + builtIn.id();
        }

        public String version() {
            return builtIn.version();
        }

        public String description() {
            return builtIn.description();
        }

        public ParamSpace paramSpace() {
            return builtIn.paramSpace();
        }

        public SignalColumns computeSignals(PriceColumns bars, Params params) {
            return builtIn.computeSignals(bars, params);
        }
    }

    @Test
    void aPluginStrategyIsRefusedBeforeAnyTaskRuns() {
        List<StrategyProvider> providers = new java.util.ArrayList<>(CATALOG.list());
        providers.add(new PluginStrategy(CATALOG.get("dwap-breakout")));
        StrategyCatalog withPlugin = new StrategyCatalog(providers);
        StudyRequest builtIn = SampleStudies.study("plugin", BARS, SamplerKind.RANDOM, 8, 1);
        StudyRequest request = builtIn.with("plugin", BacktestRequest.builder("plugin-dwap-breakout",
                builtIn.base().symbols()).params(builtIn.base().params()).build());
        InMemoryStudyStore store = new InMemoryStudyStore();
        assertThatThrownBy(() -> new Study(withPlugin, new SignalCache(), BARS, store, cluster.trials())
                .run(request, ProgressSink.NONE, Cancellation.NEVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strategy 'plugin-dwap-breakout' is not shipped to the cluster");
        assertThat(store.loadTrials("plugin")).isEmpty();
    }

    @Test
    void sparkSqlReadsTheShippedBarsAsTheyAre() {
        String folder = ((SparkCluster) cluster).barsFolder();
        Dataset<Row> rows = ((SparkCluster) cluster).session().read().parquet(folder);
        assertThat(rows.count()).isEqualTo(BARS.stream().mapToLong(PriceColumns::size).sum());
        for (PriceColumns p : BARS) {
            Row sums = rows.where(functions.col("symbol").equalTo(p.symbol()))
                    .agg(functions.sum("close"), functions.min("time"), functions.max("time")).first();
            double close = java.util.Arrays.stream(p.close()).sum();
            assertThat(sums.getDouble(0)).isCloseTo(close, org.assertj.core.data.Offset.offset(1e-6 * close));
            assertThat(sums.getLong(1)).isEqualTo(p.time()[0]);
            assertThat(sums.getLong(2)).isEqualTo(p.time()[p.size() - 1]);
        }
        assertThat(ParquetBars.read(folder, new org.apache.hadoop.conf.Configuration())).usingRecursiveComparison()
                .isEqualTo(BARS);
    }
}
