package dev.sextant.spark;

import dev.sextant.engine.cluster.Cluster;
import dev.sextant.engine.cluster.ClusterProvider;
import dev.sextant.engine.cluster.PluginStrategy;
import dev.sextant.engine.market.PriceColumns;
import java.util.List;

/** Sextant on Apache Spark, found by {@link ClusterProvider#find} when this module is on the class path. */
public final class SparkClusterProvider implements ClusterProvider {

    @Override
    public Cluster connect(String master, String dataRoot, List<PriceColumns> bars, List<PluginStrategy> plugins) {
        return SparkCluster.connect(master, dataRoot, bars, plugins);
    }
}
