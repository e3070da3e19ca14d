package dev.sextant.app.api;

import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;

/**
 * Runs long work the way the workstation runs its own: with progress shown to the user and a way to
 * cancel. On the command line the job runs on the calling thread with a progress bar on stderr.
 */
public interface JobRunner {

    /**
     * Runs {@code job} and returns its result.
     *
     * @throws dev.sextant.engine.job.CancelledException when the user cancelled it
     */
    <T> T run(String title, Job<T> job);

    /** A long computation that reports progress and stops at safe points when cancelled. */
    @FunctionalInterface
    interface Job<T> {
        T run(ProgressSink progress, Cancellation cancellation);
    }
}
