package dev.sextant.spark;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;

/**
 * What an executor JVM keeps between tasks of one job: the bars read once from Parquet, the strategies (those on its
 * class path and the plugins' ones from the jars shipped with the job) and one signal cache shared by its task threads.
 */
final class WorkerData {

    private static final Map<WorkerSource, WorkerData> BY_SOURCE = new ConcurrentHashMap<>();

    final List<PriceColumns> bars;
    final StrategyCatalog catalog;
    final SignalCache cache;

    private WorkerData(List<PriceColumns> bars, StrategyCatalog catalog) {
        this.bars = bars;
        this.catalog = catalog;
        this.cache = new SignalCache(SignalCache.STUDY_MAX_BYTES);
    }

    /** The data of {@code source}, read on first use in this JVM. */
    static WorkerData of(WorkerSource source) {
        return BY_SOURCE.computeIfAbsent(source, s -> {
            Configuration conf = new Configuration();
            s.hadoop().forEach(conf::set);
            return new WorkerData(ParquetBars.read(s.barsFolder(), conf),
                    catalog(Thread.currentThread().getContextClassLoader(), s.pluginStrategies()));
        });
    }

    /** The strategies {@code loader} declares as services, and one instance of each plugin strategy class. */
    static StrategyCatalog catalog(ClassLoader loader, List<String> pluginStrategies) {
        List<StrategyProvider> all = new ArrayList<>(StrategyCatalog.load(loader).list());
        for (String className : pluginStrategies) {
            try {
                all.add(Class.forName(className, true, loader).asSubclass(StrategyProvider.class)
                        .getConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("cannot create plugin strategy " + className + " on this executor (is its"
                        + " jar among the job's jars?): " + e, e);
            }
        }
        return new StrategyCatalog(all);
    }
}
