package dev.sextant.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.cluster.Cluster;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study and a walk-forward on Spark's {@code local-cluster[2,1,512]}: a standalone master and a worker in this
 * JVM that start two executors as separate JVM processes (1 core, 512 MB each), which read the shipped Parquet bars,
 * deserialise the tasks and send the trials back over the network. Compared with the same runs on this JVM's pool.
 * <p>
 * {@code spark.testing} makes the worker start its executors with this JVM's class path (there is no Spark
 * distribution here); surefire sets {@code SPARK_SCALA_VERSION} and {@code SPARK_HOME} for Spark's launcher, which
 * also wants the (empty) jar folder of a Spark build there.
 */
class SeparateJvmSparkTest {

    static final StrategyCatalog CATALOG = StrategyCatalog.load();
    static final List<PriceColumns> BARS = SampleStudies.stocks(4);

    @Test
    void executorsInOtherJvmsRecordTheTrialsAndFoldsOfTheLocalRun(@TempDir Path shipped) throws IOException {
        StudyRequest request = SampleStudies.study("separate", BARS, SamplerKind.GA, 16, 1);
        StudyResult local = new Study(CATALOG, new SignalCache(), BARS, new InMemoryStudyStore()).run(request,
                ProgressSink.NONE, Cancellation.NEVER);
        WalkForwardResult localWf = new WalkForward(CATALOG, new SignalCache(), BARS, new InMemoryStudyStore())
                .run(SampleStudies.walkForward(BARS, 1), ProgressSink.NONE, Cancellation.NEVER);

        System.setProperty("spark.testing", "true");
        System.setProperty("spark.executor.memory", "512m");
        String home = System.getenv("SPARK_HOME");
        Files.createDirectories(Path.of(home, "assembly/target/scala-2.13/jars"));
        System.setProperty("spark.test.home", home);
        try (Cluster cluster = new SparkClusterProvider().connect("local-cluster[2,1,512]", shipped.toString(), BARS, List.of())) {
            StudyResult spark = new Study(CATALOG, new SignalCache(), BARS, new InMemoryStudyStore(), cluster.trials())
                    .run(request, ProgressSink.NONE, Cancellation.NEVER);
            WalkForwardResult sparkWf = new WalkForward(CATALOG, new SignalCache(), BARS, cluster.foldStudies())
                    .run(SampleStudies.walkForward(BARS, 1), ProgressSink.NONE, Cancellation.NEVER);

            assertThat(SampleStudies.trials(spark)).isEqualTo(SampleStudies.trials(local));
            assertThat(SampleStudies.walkForward(sparkWf)).isEqualTo(SampleStudies.walkForward(localWf));
            assertThat(((SparkCluster) cluster).executorProcesses()).hasSize(2);
        } finally {
            System.clearProperty("spark.testing");
            System.clearProperty("spark.executor.memory");
            System.clearProperty("spark.test.home");
        }
    }
}
