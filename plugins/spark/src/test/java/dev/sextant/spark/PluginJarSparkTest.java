package dev.sextant.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.cluster.Cluster;
import dev.sextant.engine.cluster.PluginStrategy;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.InMemoryStudyStore;
import dev.sextant.engine.optimize.SamplerKind;
import dev.sextant.engine.optimize.Study;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin's strategy on executors in other JVMs ({@code local-cluster}): the test compiles a strategy class into a
 * jar of its own, which is on no class path but the driver's plugin loader, and ships it with the job. The executors
 * create the strategy from that jar and record the same trials as a local run; without the jar the cluster refuses
 * the strategy by name before any task runs.
 */
class PluginJarSparkTest {

    static final List<PriceColumns> BARS = SampleStudies.stocks(4);
    static final String CLASS = "acme.ShippedSmaCross";

    @Test
    void executorsCreateThePluginStrategyFromItsShippedJarAndRecordTheLocalTrials(@TempDir Path tmp) throws Exception {
        Path jar = pluginJar(tmp);
        try (URLClassLoader plugin = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            StrategyProvider strategy = plugin.loadClass(CLASS).asSubclass(StrategyProvider.class)
                    .getConstructor().newInstance();
            List<StrategyProvider> all = new ArrayList<>(StrategyCatalog.load().list());
            all.add(strategy);
            StrategyCatalog catalog = new StrategyCatalog(all);
            StudyRequest request = study();
            StudyResult local = new Study(catalog, new SignalCache(), BARS, new InMemoryStudyStore())
                    .run(request, ProgressSink.NONE, Cancellation.NEVER);

            System.setProperty("spark.testing", "true");
            System.setProperty("spark.executor.memory", "512m");
            String home = System.getenv("SPARK_HOME");
            Files.createDirectories(Path.of(home, "assembly/target/scala-2.13/jars"));
            System.setProperty("spark.test.home", home);
            try (Cluster cluster = new SparkClusterProvider().connect("local-cluster[2,1,512]",
                    tmp.resolve("shipped").toString(), BARS,
                    List.of(new PluginStrategy("acme-sma-cross", CLASS, jar.toUri().toString())))) {
                StudyResult spark = new Study(catalog, new SignalCache(), BARS, new InMemoryStudyStore(), cluster.trials())
                        .run(request, ProgressSink.NONE, Cancellation.NEVER);

                assertThat(local.trials()).hasSize(8);
                assertThat(SampleStudies.trials(spark)).isEqualTo(SampleStudies.trials(local));
            } finally {
                System.clearProperty("spark.testing");
                System.clearProperty("spark.executor.memory");
                System.clearProperty("spark.test.home");
            }
        }
    }

    @Test
    void aPluginStrategyWithoutItsJarIsRefusedByNameBeforeAnyTask(@TempDir Path tmp) {
        try (Cluster cluster = new SparkClusterProvider().connect("local[1]", tmp.toString(), BARS, List.of())) {
            assertThatThrownBy(() -> cluster.trials().open(study(), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("strategy 'acme-sma-cross' is not shipped to the cluster")
                    .hasMessageContaining("sma-cross");
        }
    }

    private static StudyRequest study() {
        BacktestRequest base = BacktestRequest.builder("acme-sma-cross", BARS.stream().map(PriceColumns::symbol).toList())
                .maxPositions(2).build();
        ParamSpace space = ParamSpace.of(ParamSpec.ofInt("fast", 5, 30, 10, ""), ParamSpec.ofInt("slow", 40, 120, 60, ""));
        return StudyRequest.builder("plugin", base, space).sampler(SamplerKind.RANDOM).trials(8).seed(5).threads(1).build();
    }

    /** Compiles a strategy that wraps the engine's SMA cross under a plugin's id into a jar in {@code dir}. */
    private static Path pluginJar(Path dir) throws IOException {
        Path src = dir.resolve("src/acme/ShippedSmaCross.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package acme;

                import dev.sextant.engine.market.PriceColumns;
                import dev.sextant.engine.spi.ParamSpace;
                import dev.sextant.engine.spi.Params;
                import dev.sextant.engine.spi.SignalColumns;
                import dev.sextant.engine.spi.StrategyProvider;
                import dev.sextant.engine.strategy.SmaCrossProvider;

                public final class ShippedSmaCross implements StrategyProvider {
                    private final SmaCrossProvider inner = new SmaCrossProvider();
                    public String id() { return "acme-sma-cross"; }
                    public String version() { return "1"; }
                    public String description() { return "SMA cross from a plugin jar"; }
                    public ParamSpace paramSpace() { return inner.paramSpace(); }
                    public SignalColumns computeSignals(PriceColumns bars, Params params) {
                        return inner.computeSignals(bars, params);
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), src.toString());
        assertThat(status).as("javac of the plugin strategy").isZero();
        Path jar = dir.resolve("acme-plugin.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(f));
                j.closeEntry();
            }
        }
        return jar;
    }
}
