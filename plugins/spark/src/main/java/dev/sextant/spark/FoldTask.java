package dev.sextant.spark;

import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.optimize.InMemoryStudyStore;
import dev.sextant.engine.optimize.Study;
import dev.sextant.engine.optimize.StudyRequestMap;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.optimize.Trial;
import dev.sextant.engine.optimize.TrialMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.api.java.function.Function;

/**
 * Runs one walk-forward fold's in-sample study on an executor, on one thread: input the fold's study request in its
 * map form, output {@code {trials: [TrialMap…]}}.
 */
final class FoldTask implements Function<LinkedHashMap<String, Object>, LinkedHashMap<String, Object>> {

    private static final long serialVersionUID = 1L;

    private final String barsFolder;
    private final LinkedHashMap<String, String> hadoop;

    FoldTask(String barsFolder, Map<String, String> hadoop) {
        this.barsFolder = barsFolder;
        this.hadoop = new LinkedHashMap<>(hadoop);
    }

    @Override
    public LinkedHashMap<String, Object> call(LinkedHashMap<String, Object> study) {
        WorkerData data = WorkerData.of(barsFolder, hadoop);
        StudyResult result = new Study(data.catalog, data.cache, data.bars, new InMemoryStudyStore())
                .run(StudyRequestMap.parse(study, 1), ProgressSink.NONE, Cancellation.NEVER);
        ArrayList<Object> trials = new ArrayList<>();
        for (Trial t : result.trials()) {
            trials.add(TrialMap.of(t));
        }
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        out.put("trials", trials);
        return PlainValues.copy(out);
    }
}
