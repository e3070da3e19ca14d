package dev.sextant.spark;

import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyRequestMap;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.optimize.Trial;
import dev.sextant.engine.optimize.TrialMap;
import dev.sextant.engine.walkforward.FoldStudies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** A walk-forward's fold studies as Spark tasks, one fold per task, all folds at once. */
final class SparkFoldStudies implements FoldStudies {

    private final OneTaskJobs jobs;
    private final WorkerSource source;
    private final int taskCpus;

    /** @param taskCpus cores of one task: a fold's study evaluates that many trials at once */
    SparkFoldStudies(OneTaskJobs jobs, WorkerSource source, int taskCpus) {
        this.jobs = jobs;
        this.source = source;
        this.taskCpus = taskCpus;
    }

    @Override
    public List<StudyResult> run(List<StudyRequest> studies, ProgressSink progress, Cancellation cancel) {
        List<LinkedHashMap<String, Object>> inputs = studies.stream().map(s -> PlainValues.copy(StudyRequestMap.of(s))).toList();
        List<Future<List<Trial>>> running = jobs.submit("walk-forward " + studies.getFirst().name().replaceFirst("/fold-0$", "")
                + ": " + studies.size() + " folds", inputs, studies.size(), new FoldTask(source, taskCpus),
                SparkFoldStudies::trials, cancel);
        List<StudyResult> out = new ArrayList<>();
        for (int k = 0; k < studies.size(); k++) {
            List<Trial> trials = await(running.get(k));
            if (trials == null) {
                throw new CancelledException();
            }
            out.add(StudyResult.stored(studies.get(k), trials));
            progress.progress(k + 1, studies.size(), "fold " + (k + 1) + "/" + studies.size() + " studied on Spark");
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Trial> trials(LinkedHashMap<String, Object> result) {
        return ((List<Map<String, Object>>) result.get("trials")).stream().map(TrialMap::parse).toList();
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a fold study failed on Spark: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
