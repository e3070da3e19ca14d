package dev.sextant.engine.cluster;

import dev.sextant.engine.market.PriceColumns;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Connects to a cluster; implemented by an optional module (Sextant on Apache Spark) found with
 * {@link ServiceLoader}. Without such a module on the class path nothing runs anywhere but locally.
 */
public interface ClusterProvider {

    /**
     * Connects to {@code master} and ships {@code bars} to {@code dataRoot} where the workers read them.
     *
     * @param master where to run, for example {@code local[*]}, {@code spark://host:7077}, {@code yarn}
     * @param dataRoot folder the cluster can read (a local folder for local masters, {@code hdfs://} or
     *        {@code s3a://} for clusters)
     * @param plugins the plugins' strategies the executors may need: their jars are shipped with the job
     */
    Cluster connect(String master, String dataRoot, List<PriceColumns> bars, List<PluginStrategy> plugins);

    /** The provider on the class path of {@code loader}, if the optional module is there. */
    static Optional<ClusterProvider> find(ClassLoader loader) {
        return ServiceLoader.load(ClusterProvider.class, loader).findFirst();
    }
}
