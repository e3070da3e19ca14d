package dev.sextant.app.research;

import dev.sextant.app.plugins.PluginStrategies;
import dev.sextant.engine.cluster.Cluster;
import dev.sextant.engine.cluster.ClusterProvider;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where optimizer studies, walk-forwards and backtest batches run: on this machine ({@link #LOCAL}) or on a cluster
 * given by its master URL ({@code local[*]}, {@code spark://host:7077}, {@code yarn}, {@code k8s://…}) and the folder
 * the cluster reads the shipped bars from. A cluster needs the optional Sextant on Spark module on the class path.
 */
public record RunOn(String master, String dataRoot) {

    public static final RunOn LOCAL = new RunOn(null, null);

    /** The master URLs Spark accepts (local-cluster is Spark's own test cluster of separate executor JVMs). */
    private static final Pattern MASTER = Pattern.compile(
            "local|local\\[(\\*|\\d+)(,\\d+)?]|local-cluster\\[\\d+,\\d+,\\d+]|(spark|mesos)://\\S+|yarn|k8s://\\S+");

    public RunOn {
        if (master != null) {
            Objects.requireNonNull(dataRoot, "dataRoot");
            checkMaster(master);
        }
    }

    /** @throws IllegalArgumentException naming {@code master} when Spark would not take it */
    public static void checkMaster(String master) {
        if (!MASTER.matcher(master).matches()) {
            throw new IllegalArgumentException("cluster master '" + master + "' is not a Spark master URL: give local[*],"
                    + " local[N], spark://host:7077, yarn or k8s://https://host:port");
        }
    }

    public boolean isLocal() {
        return master == null;
    }

    /** Whether the master runs everything on this machine ({@code local}, {@code local[N]}, {@code local[*]}). */
    public static boolean isLocalMaster(String master) {
        return master.equals("local") || master.startsWith("local[");
    }

    /**
     * Where a job on {@code master} runs: the bars are shipped to {@code dataRoot}, or without one (null or empty) to
     * {@code <home>/spark-data} when the master is on this machine.
     *
     * @throws IllegalArgumentException when the master is not a Spark master URL, or runs elsewhere and has no folder
     */
    public static RunOn cluster(String master, String dataRoot, Path home) {
        checkMaster(master);
        String problem = dataRootProblem(master, dataRoot);
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(problem);
        }
        return new RunOn(master, dataRoot == null || dataRoot.isEmpty() ? home.resolve("spark-data").toString() : dataRoot);
    }

    /** Why {@code master} cannot run with the data folder {@code dataRoot} (null or empty: none given), or empty. */
    public static String dataRootProblem(String master, String dataRoot) {
        boolean none = dataRoot == null || dataRoot.isEmpty();
        return none && !isLocalMaster(master)
                ? "master " + master + " needs a folder every executor can read (hdfs://… or s3a://…)" : "";
    }

    /** Whether the optional Spark module is on the class path, so that a cluster can be used. */
    public static boolean clusterAvailable() {
        return provider().isPresent();
    }

    /**
     * Connects to the cluster and ships {@code bars} to it, and the jars of the plugin strategies of {@code strategies}
     * that executors can create ({@link PluginStrategies}).
     *
     * @throws IllegalStateException when the Spark module is not on the class path
     */
    public Cluster connect(List<PriceColumns> bars, StrategyCatalog strategies) {
        if (isLocal()) {
            throw new IllegalStateException("no cluster to connect to: this run is local");
        }
        return provider().orElseThrow(() -> new IllegalStateException(MODULE_MISSING))
                .connect(master, dataRoot, bars, PluginStrategies.shippable(strategies));
    }

    /** Why a cluster cannot be used without the Spark module, and how to get it. */
    public static final String MODULE_MISSING = "running on a cluster needs the optional Sextant on Spark module, which is"
            + " not on the class path: build it with ./mvnw -B -pl plugins/spark -am package -DskipTests"
            + " (see docs/user/spark.md)";

    private static Optional<ClusterProvider> provider() {
        return ClusterProvider.find(Thread.currentThread().getContextClassLoader())
                .or(() -> ClusterProvider.find(RunOn.class.getClassLoader()));
    }
}
