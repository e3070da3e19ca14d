package dev.sextant.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.InMemoryStudyStore;
import dev.sextant.engine.optimize.SamplerKind;
import dev.sextant.engine.optimize.Study;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import dev.sextant.engine.walkforward.WalkForward;
import dev.sextant.engine.walkforward.WalkForwardResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tasks of two cores ({@code spark.task.cpus=2} on {@code local[2]}): threads inside a task change nothing either. */
class TaskCoresSparkTest {

    static final StrategyCatalog CATALOG = StrategyCatalog.load();
    static final List<PriceColumns> BARS = SampleStudies.stocks(5);

    @Test
    void multiCoreTasksGiveTheOneThreadResults(@TempDir Path shipped) {
        StudyRequest request = SampleStudies.study("cores", BARS, SamplerKind.GA, 16, 1);
        StudyResult local = new Study(CATALOG, new SignalCache(), BARS, new InMemoryStudyStore()).run(request,
                ProgressSink.NONE, Cancellation.NEVER);
        WalkForwardResult localWf = new WalkForward(CATALOG, new SignalCache(), BARS, new InMemoryStudyStore())
                .run(SampleStudies.walkForward(BARS, 1), ProgressSink.NONE, Cancellation.NEVER);
        BacktestRequest backtest = BacktestRequest.builder("dwap-breakout", BARS.stream().map(PriceColumns::symbol).toList())
                .params(Map.of("minPrice", 0, "minVolume", 0)).build();
        BacktestResult localRun = new PortfolioBacktester(CATALOG, new SignalCache(), 1).run(backtest, BARS);

        System.setProperty("spark.task.cpus", "2");
        try (SparkCluster cluster = SparkCluster.connect("local[2]", shipped.toString(), BARS, List.of())) {
            assertThat(cluster.taskCpus()).isEqualTo(2);
            assertThat(cluster.cores()).isEqualTo(1);
            StudyResult spark = new Study(CATALOG, new SignalCache(), BARS, new InMemoryStudyStore(), cluster.trials())
                    .run(request, ProgressSink.NONE, Cancellation.NEVER);
            WalkForwardResult sparkWf = new WalkForward(CATALOG, new SignalCache(), BARS, cluster.foldStudies())
                    .run(SampleStudies.walkForward(BARS, 1), ProgressSink.NONE, Cancellation.NEVER);
            List<BacktestResult> runs = new ArrayList<>();
            cluster.backtests().run(List.of(backtest), (i, timed) -> runs.add(timed.result()), Cancellation.NEVER);

            assertThat(SampleStudies.trials(spark)).isEqualTo(SampleStudies.trials(local));
            assertThat(SampleStudies.walkForward(sparkWf)).isEqualTo(SampleStudies.walkForward(localWf));
            assertThat(runs.getFirst()).usingRecursiveComparison().isEqualTo(localRun);
        } finally {
            System.clearProperty("spark.task.cpus");
        }
    }
}
