package dev.sextant.engine.backtest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: stored backtest runs. Implemented by the data module. */
public interface BacktestRunRepository {

    /** Stores the whole run (request, provenance, metrics, executions, round trips, curve) atomically; returns its id. */
    long save(BacktestResult result, Instant startedAt, Instant finishedAt);

    /** Every stored run, newest first. */
    List<RunSummary> list();

    /** The run with this id, reloaded so that it equals what was saved. */
    Optional<SavedRun> find(long id);
}
