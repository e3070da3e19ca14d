package dev.sextant.engine.cluster;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.CancelledException;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Runs independent backtests and hands each result over as it arrives, with the wall-clock times of its run. Each
 * request's bars (its symbols and its benchmark) must be among those the cluster was given.
 */
@FunctionalInterface
public interface BacktestBatch {

    /**
     * @param done called with the index of the request and the run, on the caller's thread, as runs finish
     * @throws CancelledException when {@code cancel} fired; the runs handed over before stay handed over
     */
    void run(List<BacktestRequest> requests, BiConsumer<Integer, TimedResult> done, Cancellation cancel);

    /** A backtest's result and when its run started and finished. */
    record TimedResult(BacktestResult result, Instant started, Instant finished) {
    }
}
