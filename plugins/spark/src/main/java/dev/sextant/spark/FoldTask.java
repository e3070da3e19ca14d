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
import org.apache.spark.api.java.function.Function;

/**
 * Runs one walk-forward fold's in-sample study on an executor, evaluating as many trials at once as the task has
 * cores: input the fold's study request in its map form, output {@code {trials: [TrialMap…]}}.
 */
final class FoldTask implements Function<LinkedHashMap<String, Object>, LinkedHashMap<String, Object>> {

    private static final long serialVersionUID = 1L;

    private final WorkerSource source;
    private final int threads;

    FoldTask(WorkerSource source, int threads) {
        this.source = source;
        this.threads = threads;
    }

    @Override
    public LinkedHashMap<String, Object> call(LinkedHashMap<String, Object> study) {
        WorkerData data = WorkerData.of(source);
        StudyResult result = new Study(data.catalog, data.cache, data.bars, new InMemoryStudyStore())
                .run(StudyRequestMap.parse(study, threads), ProgressSink.NONE, Cancellation.NEVER);
        ArrayList<Object> trials = new ArrayList<>();
        for (Trial t : result.trials()) {
            trials.add(TrialMap.of(t));
        }
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        out.put("trials", trials);
        return PlainValues.copy(out);
    }
}
