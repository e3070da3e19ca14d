package dev.sextant.engine.walkforward;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: saved walk-forward runs (plan, summary, folds, provenance). */
public interface WalkForwardRepository {

    /** Saves a finished run under {@code name}; returns its id. */
    long save(String name, WalkForwardResult result, String dataFingerprint, Instant startedAt, Instant finishedAt);

    /** The saved runs, newest first. */
    List<SavedWalkForward> list();

    /** The saved run {@code id}, if any. */
    Optional<SavedWalkForward> find(long id);
}
