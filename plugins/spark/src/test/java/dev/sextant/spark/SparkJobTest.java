package dev.sextant.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.InMemoryStudyStore;
import dev.sextant.engine.optimize.SamplerKind;
import dev.sextant.engine.optimize.Study;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyRequestMap;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.optimize.Trial;
import dev.sextant.engine.optimize.TrialMap;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit entry point, run in this JVM as spark-submit would run it (master from {@code spark.master}). */
class SparkJobTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSubmittedStudyWritesTheTrialsOfTheLocalRun(@TempDir Path dir) throws Exception {
        List<PriceColumns> bars = SampleStudies.stocks(3);
        String folder = ParquetBars.write(dir.resolve("shipped").toString(), bars, new Configuration());
        StudyRequest request = SampleStudies.study("submitted", bars, SamplerKind.RANDOM, 12, 1);
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("kind", "study");
        job.put("bars", folder);
        job.put("study", StudyRequestMap.of(request));
        Path file = Files.writeString(dir.resolve("job.json"), JSON.writeValueAsString(job));

        System.setProperty("spark.master", "local[2]");
        try {
            SparkJob.main(new String[] {file.toString(), dir.resolve("out").toString()});
        } finally {
            System.clearProperty("spark.master");
        }

        StudyResult local = new Study(StrategyCatalog.load(), new SignalCache(), bars, new InMemoryStudyStore()).run(request,
                ProgressSink.NONE, Cancellation.NEVER);
        List<String> expected = local.trials().stream().map(SparkJobTest::withoutTime).toList();
        List<String> written = Files.readAllLines(dir.resolve("out/trials.jsonl")).stream()
                .map(line -> withoutTime(TrialMap.parse(read(line)))).toList();
        assertThat(written).hasSize(12).isEqualTo(expected);
        assertThat(dir.resolve("out/_SUCCESS")).exists();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String line) {
        try {
            return JSON.readValue(line, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The trial's JSON without its wall time. */
    private static String withoutTime(Trial t) {
        Map<String, Object> m = TrialMap.of(t);
        m.remove("duration_ms");
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
