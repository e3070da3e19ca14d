package dev.sextant.engine.cluster;

import dev.sextant.engine.optimize.TrialRunner;
import dev.sextant.engine.walkforward.FoldStudies;

/**
 * A connection to a compute cluster for one job over one set of bars (shipped when connecting): optimizer trials,
 * walk-forward fold studies and backtests run there instead of on this machine's threads, with the same results.
 */
public interface Cluster extends AutoCloseable {

    /** Runs a study's trials on the cluster. */
    TrialRunner.Factory trials();

    /** Runs a walk-forward's fold studies on the cluster, one fold per task. */
    FoldStudies foldStudies();

    /** Runs independent backtests on the cluster, one per task. */
    BacktestBatch backtests();

    /** What the cluster is, for messages and provenance, for example {@code spark local[2] (2 executor cores)}. */
    String describe();

    @Override
    void close();
}
