package dev.sextant.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What an executor needs to rebuild a job's data, sent with every task: the folder of the shipped bars, the
 * {@code spark.hadoop.*} settings its Parquet reader needs, and the classes of the plugins' strategies (their jars
 * are shipped with the job).
 */
record WorkerSource(String barsFolder, Map<String, String> hadoop, List<String> pluginStrategies) implements Serializable {

    WorkerSource {
        hadoop = new java.util.LinkedHashMap<>(hadoop);
        pluginStrategies = new java.util.ArrayList<>(pluginStrategies);
    }
}
