package dev.sextant.spark;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;

/**
 * What an executor JVM keeps between tasks of one bars folder: the bars read once from Parquet, the strategies found
 * on its class path (the job's jars, plugin strategies included) and one signal cache shared by its task threads.
 */
final class WorkerData {

    private static final Map<String, WorkerData> BY_FOLDER = new ConcurrentHashMap<>();

    final List<PriceColumns> bars;
    final StrategyCatalog catalog;
    final SignalCache cache;

    private WorkerData(List<PriceColumns> bars, StrategyCatalog catalog) {
        this.bars = bars;
        this.catalog = catalog;
        this.cache = new SignalCache(SignalCache.STUDY_MAX_BYTES);
    }

    /** The data of {@code folder}, read on first use in this JVM. */
    static WorkerData of(String folder, Map<String, String> hadoop) {
        return BY_FOLDER.computeIfAbsent(folder, f -> {
            Configuration conf = new Configuration();
            hadoop.forEach(conf::set);
            return new WorkerData(ParquetBars.read(f, conf),
                    StrategyCatalog.load(Thread.currentThread().getContextClassLoader()));
        });
    }
}
