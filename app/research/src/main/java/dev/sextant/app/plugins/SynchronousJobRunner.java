package dev.sextant.app.plugins;

import dev.sextant.app.api.JobRunner;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;

/**
 * Runs a job on the calling thread, reporting to one {@link ProgressSink}; the job is cancelled
 * when the calling thread is interrupted. The command line's runner (the window brings its own).
 */
public final class SynchronousJobRunner implements JobRunner {

    private final ProgressSink progress;

    public SynchronousJobRunner(ProgressSink progress) {
        this.progress = progress;
    }

    @Override
    public <T> T run(String title, Job<T> job) {
        progress.progress(0, 1, title);
        Thread caller = Thread.currentThread();
        Cancellation cancellation = caller::isInterrupted;
        T result = job.run(progress, cancellation);
        progress.progress(1, 1, title);
        return result;
    }
}
