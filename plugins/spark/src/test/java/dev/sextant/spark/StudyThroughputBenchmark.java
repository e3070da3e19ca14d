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
import dev.sextant.engine.optimize.TrialRunner;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trials per second of one 2 000-trial random-sampler study on the sample market's first 20 stocks: on one local
 * thread, on {@code local[*]} and on {@code local-cluster[2,1,1024]} (two executor JVMs of one core). The trials must
 * be the same in all three. Run: {@code ./mvnw -pl plugins/spark -am test -Dspark.excludedGroups= -Dgroups=benchmark
 * -Dtest=StudyThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; numbers in
 * {@code target/study-throughput.txt}.
 */
@Tag("benchmark")
class StudyThroughputBenchmark {

    static final int TRIALS = 2000;
    static final StrategyCatalog CATALOG = StrategyCatalog.load();
    static final List<PriceColumns> BARS = SampleStudies.stocks(20);

    @Test
    void trialsPerSecond(@TempDir Path shipped) throws IOException {
        StudyRequest request = SampleStudies.study("bench", BARS, SamplerKind.RANDOM, TRIALS, 1);
        List<String> lines = new ArrayList<>();
        long bars = BARS.stream().mapToLong(PriceColumns::size).sum();
        lines.add(String.format(Locale.ROOT, "%d trials, %d symbols, %d bars, %d cores", TRIALS, BARS.size(), bars,
                Runtime.getRuntime().availableProcessors()));

        StudyResult local = timed("1 thread (local pool)", request, null, lines);
        try (Cluster cluster = new SparkClusterProvider().connect("local[*]", shipped.resolve("a").toString(), BARS, List.of())) {
            StudyResult spark = timed("local[*]", request, cluster.trials(), lines);
            assertThat(SampleStudies.trials(spark)).isEqualTo(SampleStudies.trials(local));
        }
        System.setProperty("spark.testing", "true");
        System.setProperty("spark.executor.memory", "1024m");
        String home = System.getenv("SPARK_HOME");
        Files.createDirectories(Path.of(home, "assembly/target/scala-2.13/jars"));
        System.setProperty("spark.test.home", home);
        try (Cluster cluster = new SparkClusterProvider().connect("local-cluster[2,1,1024]", shipped.resolve("b").toString(),
                BARS, List.of())) {
            StudyResult separate = timed("local-cluster[2,1,1024] (2 executor JVMs)", request, cluster.trials(), lines);
            assertThat(SampleStudies.trials(separate)).isEqualTo(SampleStudies.trials(local));
        } finally {
            System.clearProperty("spark.testing");
            System.clearProperty("spark.executor.memory");
            System.clearProperty("spark.test.home");
        }
        Files.write(Path.of("target/study-throughput.txt"), lines);
        lines.forEach(System.out::println);
    }

    private static StudyResult timed(String where, StudyRequest request, TrialRunner.Factory runners, List<String> lines) {
        long t0 = System.nanoTime();
        StudyResult r = new Study(CATALOG, new SignalCache(), BARS, new InMemoryStudyStore(), runners).run(request,
                ProgressSink.NONE, Cancellation.NEVER);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(r.trials()).hasSize(TRIALS);
        lines.add(String.format(Locale.ROOT, "%-45s %7.1f s  %7.1f trials/s", where, seconds, TRIALS / seconds));
        return r;
    }
}
