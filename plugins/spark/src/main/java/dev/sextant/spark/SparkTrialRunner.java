package dev.sextant.spark;

import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyRequestMap;
import dev.sextant.engine.optimize.Trial;
import dev.sextant.engine.optimize.TrialMap;
import dev.sextant.engine.optimize.TrialRunner;
import java.util.List;
import java.util.concurrent.Future;

/**
 * A study's new trials as Spark tasks: each batch of the sampler is cut into as many one-task jobs as the cluster
 * has task slots; a trial comes back as its {@link TrialMap}. The sampler, numbering and store stay on the driver. A
 * sampler's batch is small (16 random proposals, one GA generation of at most 50), so on a cluster with more slots
 * than that, give each task several cores ({@code spark.task.cpus}): each trial's signals are then computed on that
 * many threads, symbol by symbol.
 */
final class SparkTrialRunner implements TrialRunner {

    private final OneTaskJobs jobs;
    private final int cores;
    private final int taskCpus;
    private final WorkerSource source;
    private final StudyRequest request;
    private final Span span;

    /**
     * @param cores task slots of the cluster
     * @param taskCpus cores of one task ({@code spark.task.cpus}), which compute each trial's signals in parallel
     */
    SparkTrialRunner(OneTaskJobs jobs, int cores, int taskCpus, WorkerSource source,
            StudyRequest request, Span span) {
        StudyRequest shipped = StudyRequestMap.parse(StudyRequestMap.of(request), request.threads());
        if (!shipped.equals(request)) {
            throw new IllegalStateException("study '" + request.name() + "' does not survive its map form (StudyRequestMap):"
                    + " sent " + request + ", an executor would run " + shipped);
        }
        this.jobs = jobs;
        this.cores = cores;
        this.taskCpus = taskCpus;
        this.source = source;
        this.request = request;
        this.span = span;
    }

    @Override
    public List<Future<Trial>> submit(List<Pending> trials, double[] reference, Cancellation cancel) {
        String what = "study " + request.name() + " trials " + trials.getFirst().number() + ".." + trials.getLast().number();
        return jobs.submit(what, trials.stream().map(TrialTask::input).toList(), cores,
                new TrialTask(source, request, span, reference, taskCpus), TrialMap::parse, cancel);
    }

    @Override
    public void close() {
        // the jobs end with their batch; the Spark context belongs to the cluster connection
    }
}
