package dev.sextant.engine.optimize;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Appends each batch's trials to the study's store on a thread of its own, in batch order, so that the next batch
 * is evaluated while one is written (writing a batch took the study's thread about 9 ms per generation, with every
 * trial worker idle, #24). The first failure to store is kept and thrown (as the cause) by the next {@link #append}
 * or {@link #flush()}; no batch is written after one that failed, so the stored trials stay a prefix of the study's.
 */
final class TrialAppender implements AutoCloseable {

    private final StudyStore store;
    private final String study;
    private final ExecutorService writer;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private Future<?> last;

    TrialAppender(StudyStore store, String study) {
        this.store = store;
        this.study = study;
        this.writer = Executors.newSingleThreadExecutor(task -> Thread.ofPlatform().daemon()
                .name("sextant-study-writer").unstarted(task));
    }

    /** Hands {@code trials} over to be appended after the batches handed over before. */
    void append(List<Trial> trials) {
        throwIfFailed();
        if (trials.isEmpty()) {
            return;
        }
        List<Trial> batch = List.copyOf(trials);
        last = writer.submit(() -> {
            if (failure.get() == null) {
                try {
                    store.appendTrials(study, batch);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e); // thrown on the study's thread by the next append or flush
                }
            }
        });
    }

    /** Waits until every batch handed over is stored. */
    void flush() {
        if (last != null) {
            try {
                last.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while storing the trials of study '" + study + "'", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot store the trials of study '" + study + "'", e.getCause());
            }
        }
        throwIfFailed();
    }

    /** A new exception each time (the first failure is its cause), since close() may throw after flush() did. */
    private void throwIfFailed() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw new IllegalStateException("cannot store the trials of study '" + study + "': " + e.getMessage(), e);
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
