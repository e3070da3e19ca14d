package dev.sextant.engine.optimize;

import java.util.List;

/**
 * Port: where studies and their trials are kept so that an interrupted study can be resumed.
 * Implemented in memory ({@link InMemoryStudyStore}) and by the data module over the
 * {@code optimizer_study}/{@code optimizer_trial} tables. Implementations must be thread-safe.
 */
public interface StudyStore {

    /** Creates the study named {@code request.name()} or, when it exists, updates its state. */
    void saveStudy(StudyRequest request, StudyState state);

    /**
     * Records finished trials, in the order given, all or none; a trial number is appended at most once per study.
     * A study records each batch of trials this way as the batch finishes.
     */
    void appendTrials(String study, List<Trial> trials);

    /** The study's recorded trials in trial-number order; empty for an unknown study. */
    List<Trial> loadTrials(String study);
}
