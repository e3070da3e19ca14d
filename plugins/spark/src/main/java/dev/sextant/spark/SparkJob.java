package dev.sextant.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sextant.engine.cluster.PluginStrategy;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestRequestMap;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.metrics.MetricSet;
import dev.sextant.engine.optimize.InMemoryStudyStore;
import dev.sextant.engine.optimize.Study;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyRequestMap;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.optimize.Trial;
import dev.sextant.engine.optimize.TrialMap;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The {@code spark-submit} entry point, for clusters where the workstation is not the driver:
 * {@code spark-submit --class dev.sextant.spark.SparkJob sextant-spark-job.jar JOB.json OUT}. The job file (local or
 * on the cluster's file system) is {@code {"kind": "study", "bars": FOLDER, "study": {…}}} (the {@code study} object of
 * {@code ./sextant optimize --json}) or {@code {"kind": "batch", "bars": FOLDER, "backtests": [{…}, …]}} (the
 * {@code request} objects of {@code ./sextant backtest --json}), plus {@code "plugin_strategies": [CLASS, …]} for plugin
 * strategies whose jars are given to {@code spark-submit --jars}; FOLDER holds bars shipped by an earlier
 * {@code --cluster} run or written with {@link ParquetBars}. Writes {@code OUT/trials.jsonl} (one {@code TrialMap} a
 * line) or {@code OUT/runs.jsonl} ({@code {request, provenance, metrics}} a line), then {@code OUT/_SUCCESS}.
 */
public final class SparkJob {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SparkJob() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SparkJob JOB.json OUT (got " + args.length + " arguments)");
        }
        Configuration conf = new Configuration();
        Map<String, Object> job = read(args[0], conf);
        if (!(job.get("bars") instanceof String bars)) {
            throw new IllegalArgumentException(args[0] + ": \"bars\" must name the folder of the shipped bars");
        }
        List<String> pluginClasses = pluginClasses(args[0], job);
        StrategyCatalog catalog = WorkerData.catalog(Thread.currentThread().getContextClassLoader(), pluginClasses);
        List<PluginStrategy> plugins = pluginClasses.stream().map(c -> {
            StrategyProvider p = catalog.list().stream().filter(s -> s.getClass().getName().equals(c)).findFirst().orElseThrow();
            return new PluginStrategy(p.id(), c, p.getClass().getProtectionDomain().getCodeSource().getLocation().toString());
        }).toList();
        try (SparkCluster cluster = SparkCluster.submitted(bars, plugins)) {
            List<Map<String, Object>> lines = run(args[0], job, catalog, cluster, ParquetBars.read(bars, conf));
            write(args[1], job.get("kind").equals("study") ? "trials.jsonl" : "runs.jsonl", lines, conf);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> run(String file, Map<String, Object> job, StrategyCatalog catalog, SparkCluster cluster,
            List<PriceColumns> bars) {
        List<Map<String, Object>> out = new ArrayList<>();
        switch (String.valueOf(job.get("kind"))) {
            case "study" -> {
                StudyRequest request = StudyRequestMap.parse((Map<String, ?>) job.get("study"), 1);
                StudyResult result = new Study(catalog, new SignalCache(SignalCache.STUDY_MAX_BYTES), bars,
                        new InMemoryStudyStore(), cluster.trials()).run(request, SparkJob::log, Cancellation.NEVER);
                for (Trial t : result.trials()) {
                    out.add(TrialMap.of(t));
                }
            }
            case "batch" -> {
                List<BacktestRequest> requests = ((List<Map<String, ?>>) job.get("backtests")).stream()
                        .map(BacktestRequestMap::parse).toList();
                Map<Integer, Map<String, Object>> byIndex = new java.util.TreeMap<>();
                cluster.backtests().run(requests, (i, timed) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("request", BacktestRequestMap.of(timed.result().request()));
                    m.put("provenance", timed.result().provenance().asMap());
                    MetricSet metrics = timed.result().metrics();
                    m.put("metrics", metrics.asMap());
                    byIndex.put(i, m);
                    log(byIndex.size(), requests.size(), "backtest " + (i + 1) + " done");
                }, Cancellation.NEVER);
                out.addAll(byIndex.values());
            }
            default -> throw new IllegalArgumentException(file + ": \"kind\" must be study or batch, got " + job.get("kind"));
        }
        return out;
    }

    /** The job's {@code plugin_strategies}: class names of plugin strategies whose jars were given to spark-submit. */
    private static List<String> pluginClasses(String file, Map<String, Object> job) {
        Object classes = job.getOrDefault("plugin_strategies", List.of());
        if (!(classes instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException(file + ": \"plugin_strategies\" must be a list of class names, got " + classes);
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static void log(long done, long total, String message) {
        System.err.printf("sextant: %d/%d %s%n", done, total, message);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String file, Configuration conf) {
        Path path = new Path(file);
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            return JSON.readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read job file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(String folder, String name, List<Map<String, Object>> lines, Configuration conf) {
        Path dir = new Path(folder);
        try {
            FileSystem fs = dir.getFileSystem(conf);
            try (FSDataOutputStream o = fs.create(new Path(dir, name), true)) {
                for (Map<String, Object> line : lines) {
                    o.write(JSON.writeValueAsString(line).getBytes(StandardCharsets.UTF_8));
                    o.write('\n');
                }
            }
            try (OutputStream marker = fs.create(new Path(dir, "_SUCCESS"), true)) {
                marker.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + folder + ": " + e.getMessage(), e);
        }
    }
}
