package dev.sextant.engine.optimize;

import dev.sextant.engine.job.Cancellation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Where the new trials of a sampler's batch are evaluated: on a local thread pool (the default) or on a cluster.
 * The sampler, the trial numbering and the store stay with the caller, so where trials run never changes the
 * result: each trial is a function of its number, its parameters and the batch's pruning reference only.
 */
public interface TrialRunner extends AutoCloseable {

    /** One new trial to evaluate: its number and its searched (free) parameters. */
    record Pending(int number, Map<String, Object> params) {
    }

    /**
     * The days a study's trials backtest: {@code from..to}, and {@code from..middle} for the pruning run.
     */
    record Span(LocalDate from, LocalDate middle, LocalDate to) {
    }

    /** Opens a runner for one study run. */
    @FunctionalInterface
    interface Factory {
        TrialRunner open(StudyRequest request, Span span);
    }

    /**
     * Starts evaluating {@code trials}; returns one future per trial, in the same order. A future yields null for a
     * trial that was skipped because {@code cancel} fired before it started.
     *
     * @param reference intermediate scores of the trials recorded before this batch (pruning reference)
     */
    List<Future<Trial>> submit(List<Pending> trials, double[] reference, Cancellation cancel);

    @Override
    void close();
}
