package dev.sextant.spark;

import dev.sextant.engine.cluster.BacktestBatch;
import dev.sextant.engine.cluster.Cluster;
import dev.sextant.engine.cluster.PluginStrategy;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.TrialRunner;
import dev.sextant.engine.strategy.StrategyCatalog;
import dev.sextant.engine.walkforward.FoldStudies;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * One Spark application for one job: connects to the master, ships the bars as Parquet under the data root (once
 * per data fingerprint) and runs trials, fold studies and backtests as tasks whose executors read those bars.
 * <p>
 * Executors get the engine, this module and the plugins' strategy jars ({@code spark.jars}, when they are jars; Spark itself starts its executors
 * with the {@code --add-opens} options it needs on Java 25). {@code spark.*} system properties of the JVM are honoured;
 * {@code spark.hadoop.*} ones also reach the executors' Parquet readers (for example S3 credentials).
 */
public final class SparkCluster implements Cluster {

    private final SparkSession session;
    private final JavaSparkContext sc;
    private final OneTaskJobs jobs;
    private final WorkerSource source;
    private final List<String> strategies;
    private final String master;

    private SparkCluster(SparkSession session, String barsFolder, List<PluginStrategy> plugins) {
        this.session = session;
        this.sc = JavaSparkContext.fromSparkContext(session.sparkContext());
        this.master = sc.master();
        this.jobs = new OneTaskJobs(sc);
        Map<String, String> hadoop = new LinkedHashMap<>();
        for (Tuple2<String, String> e : sc.getConf().getAllWithPrefix("spark.hadoop.")) {
            hadoop.put(e._1(), e._2());
        }
        this.source = new WorkerSource(barsFolder, hadoop, plugins.stream().map(PluginStrategy::className).toList());
        this.strategies = java.util.stream.Stream.concat(
                StrategyCatalog.load(SparkCluster.class.getClassLoader()).ids().stream(),
                plugins.stream().map(PluginStrategy::id)).toList();
    }

    /**
     * Starts an application on {@code master} (the workstation is the driver), ships {@code bars} under
     * {@code dataRoot}, and the jars of the engine, of this module and of {@code plugins} to the executors.
     */
    static SparkCluster connect(String master, String dataRoot, List<PriceColumns> bars, List<PluginStrategy> plugins) {
        SparkConf conf = new SparkConf().setMaster(master).setIfMissing("spark.app.name", "sextant");
        Set<String> jars = conf.contains("spark.jars") ? new LinkedHashSet<>(List.of(conf.get("spark.jars").split(",")))
                : shippedJars();
        plugins.forEach(p -> jars.add(p.jar()));
        if (!jars.isEmpty()) {
            conf.set("spark.jars", String.join(",", jars));
        }
        SparkSession session;
        try {
            session = SparkSession.builder().config(conf).getOrCreate();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot start a Spark application on " + master + " (is the master up and"
                    + " reachable from here?): " + e.getMessage(), e);
        }
        return new SparkCluster(session, ParquetBars.write(dataRoot, bars, session.sparkContext().hadoopConfiguration()),
                plugins);
    }

    /**
     * Joins the application spark-submit started (its master and jars as submitted, plugin jars included), over bars
     * already shipped.
     */
    static SparkCluster submitted(String barsFolder, List<PluginStrategy> plugins) {
        return new SparkCluster(SparkSession.builder().config(new SparkConf().setIfMissing("spark.app.name", "sextant"))
                .getOrCreate(), barsFolder, plugins);
    }

    /** Where the bars of this job were shipped. */
    public String barsFolder() {
        return source.barsFolder();
    }

    /** The session, for reading what was shipped. */
    public SparkSession session() {
        return session;
    }

    /** Task slots of the cluster: its cores (Spark's default parallelism) per task's cores. */
    int cores() {
        return Math.max(1, sc.defaultParallelism() / taskCpus());
    }

    /** Cores of one task ({@code spark.task.cpus}, 1 unless set). */
    int taskCpus() {
        return sc.getConf().getInt("spark.task.cpus", 1);
    }

    /** Host and process id of each executor JVM (the driver excluded), as the executors report them. */
    List<String> executorProcesses() {
        int slots = cores();
        return sc.parallelize(java.util.stream.IntStream.range(0, 4 * slots).boxed().toList(), 4 * slots)
                .map(i -> java.net.InetAddress.getLocalHost().getHostName() + ":" + ProcessHandle.current().pid())
                .distinct().collect().stream()
                .filter(p -> !p.endsWith(":" + ProcessHandle.current().pid())).sorted().toList();
    }

    @Override
    public TrialRunner.Factory trials() {
        return (request, span) -> {
            requireRunning();
            checkShipped(request.base().strategyId());
            return new SparkTrialRunner(jobs, cores(), taskCpus(), source, request, span);
        };
    }

    @Override
    public FoldStudies foldStudies() {
        FoldStudies folds = new SparkFoldStudies(jobs, source, taskCpus());
        return (studies, progress, cancel) -> {
            requireRunning();
            studies.forEach(s -> checkShipped(s.base().strategyId()));
            return folds.run(studies, progress, cancel);
        };
    }

    @Override
    public BacktestBatch backtests() {
        BacktestBatch batch = new SparkBacktests(jobs, source, taskCpus());
        return (requests, done, cancel) -> {
            requireRunning();
            requests.forEach(r -> checkShipped(r.strategyId()));
            batch.run(requests, done, cancel);
        };
    }

    /** @throws IllegalArgumentException when the application stopped, for example because no master answered */
    private void requireRunning() {
        if (sc.sc().isStopped()) {
            throw new IllegalArgumentException("the Spark application on " + master + " has stopped (see Spark's log"
                    + " above; an unreachable master makes it give up after about a minute)");
        }
    }

    /**
     * Executors know the engine's strategies and the plugin strategies shipped with the job; any other one is refused
     * here rather than failing every trial there.
     */
    private void checkShipped(String strategyId) {
        if (!strategies.contains(strategyId)) {
            throw new IllegalArgumentException("strategy '" + strategyId + "' is not shipped to the cluster (executors"
                    + " create a plugin's strategy from its jar only when its class has a public no-argument constructor;"
                    + " they have " + String.join(", ", strategies) + "): run it without --cluster");
        }
    }

    @Override
    public String describe() {
        return "spark " + master + " (" + cores() + " task slots, Spark " + sc.version() + ")";
    }

    @Override
    public void close() {
        session.stop();
    }

    /** Jar files holding the engine (with its built-in strategies), this module and the engine's libraries. */
    private static Set<String> shippedJars() {
        Set<String> out = new LinkedHashSet<>();
        List<Class<?>> classes = List.of(StrategyCatalog.class, SparkCluster.class,
                org.ta4j.core.BarSeries.class, io.jenetics.Genotype.class, org.apache.commons.math3.util.FastMath.class);
        for (Class<?> c : classes) {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source == null) {
                continue;
            }
            try {
                Path p = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(p)) {
                    out.add(p.toUri().toString());
                }
            } catch (URISyntaxException e) {
                throw new IllegalStateException("code source " + source.getLocation() + " of " + c.getName() + " is no path", e);
            }
        }
        return out;
    }
}
