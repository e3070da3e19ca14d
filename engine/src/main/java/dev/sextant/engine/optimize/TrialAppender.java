package dev.sextant.engine.optimize;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Appends each batch's trials to the study's store on a thread of its own, in batch order, so that the next batch
 * is evaluated while one is written (writing a batch took the study's thread about 9 ms per generation, with every
 * trial worker idle, #24). {@link #flush()} waits until everything handed over is stored and rethrows the first
 * failure; a failure also surfaces at the next {@link #append}, so no batch is written after one that failed.
 */
final class TrialAppender implements AutoCloseable {

    private final StudyStore store;
    private final String study;
    private final ExecutorService writer;
    private Future<?> last;

    TrialAppender(StudyStore store, String study) {
        this.store = store;
        this.study = study;
        this.writer = Executors.newSingleThreadExecutor(task -> Thread.ofPlatform().daemon()
                .name("sextant-study-writer").unstarted(task));
    }

    /** Hands {@code trials} over to be appended after the batches handed over before. */
    void append(List<Trial> trials) {
        if (trials.isEmpty()) {
            return;
        }
        if (last != null && last.isDone()) {
            flush();
        }
        List<Trial> batch = List.copyOf(trials);
        last = writer.submit(() -> store.appendTrials(study, batch));
    }

    /** Waits until every batch handed over is stored. */
    void flush() {
        if (last == null) {
            return;
        }
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing the trials of study '" + study + "'", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot store the trials of study '" + study + "'", e.getCause());
        }
    }

    /** Waits for the batches handed over, then stops the writer thread. */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            writer.shutdown();
        }
    }
}
