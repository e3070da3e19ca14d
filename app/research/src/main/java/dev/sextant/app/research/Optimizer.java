package dev.sextant.app.research;

import dev.sextant.engine.cluster.Cluster;
import dev.sextant.engine.optimize.StoredStudy;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.Study;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.optimize.StudyState;
import dev.sextant.engine.optimize.StudyRepository;
import dev.sextant.engine.optimize.StudyStore;
import dev.sextant.engine.optimize.Trial;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs optimizer studies over the stored daily bars, recording every trial in the home's
 * database as its batch (a GA generation) finishes, and resumes stored studies from their saved definition.
 */
public final class Optimizer {

    private final StrategyCatalog strategies;
    private final MarketLoader market;
    private final StudyRepository studies;

    public Optimizer(StrategyCatalog strategies, MarketLoader market, StudyRepository studies) {
        this.strategies = strategies;
        this.market = market;
        this.studies = studies;
    }

    /**
     * Runs (or, when trials of that name are stored, continues) the study.
     *
     * @throws dev.sextant.engine.job.CancelledException when {@code cancel} fired; the study is stored as interrupted
     */
    public StudyResult run(StudyRequest request, ProgressSink progress, Cancellation cancel) {
        return run(request, progress, cancel, trial -> { });
    }

    /**
     * Like {@link #run(StudyRequest, ProgressSink, Cancellation)}, also handing every trial to
     * {@code onTrial} right after it is recorded (with the other new trials of its batch, on the thread that stores them).
     */
    public StudyResult run(StudyRequest request, ProgressSink progress, Cancellation cancel, Consumer<Trial> onTrial) {
        return run(request, progress, cancel, onTrial, RunOn.LOCAL);
    }

    /**
     * Like {@link #run(StudyRequest, ProgressSink, Cancellation, Consumer)}, with the trials evaluated where
     * {@code where} says; the trials recorded are the same wherever they run.
     */
    public StudyResult run(StudyRequest request, ProgressSink progress, Cancellation cancel, Consumer<Trial> onTrial,
            RunOn where) {
        List<PriceColumns> bars = market.load(MarketChoice.ofSymbols(request.base().requiredSymbols())).series();
        StudyStore store = new StudyStore() {
            @Override
            public void saveStudy(StudyRequest r, StudyState state) {
                studies.saveStudy(r, state);
            }

            @Override
            public void appendTrials(String study, List<Trial> trials) {
                studies.appendTrials(study, trials);
                trials.forEach(onTrial);
            }

            @Override
            public List<Trial> loadTrials(String study) {
                return studies.loadTrials(study);
            }
        };
        SignalCache cache = new SignalCache(SignalCache.STUDY_MAX_BYTES);
        if (where.isLocal()) {
            return new Study(strategies, cache, bars, store).run(request, progress, cancel);
        }
        try (Cluster cluster = where.connect(bars, strategies)) {
            return new Study(strategies, cache, bars, store, cluster.trials()).run(request, progress, cancel);
        }
    }

    /**
     * Continues the stored study {@code name} with its saved definition; a completed study is
     * reloaded without evaluating anything.
     *
     * @throws IllegalArgumentException when no study has that name
     */
    public StudyResult resume(String name, int threads, ProgressSink progress, Cancellation cancel) {
        return resume(name, threads, progress, cancel, RunOn.LOCAL);
    }

    /** Like {@link #resume(String, int, ProgressSink, Cancellation)}, the remaining trials evaluated where {@code where} says. */
    public StudyResult resume(String name, int threads, ProgressSink progress, Cancellation cancel, RunOn where) {
        StoredStudy stored = studies.find(name).orElseThrow(() -> new IllegalArgumentException(
                "no study named '" + name + "'"));
        return run(stored.toRequest(threads), progress, cancel, trial -> { }, where);
    }

    /** Stored studies, newest first, with their recorded trial counts. */
    public List<StoredStudy> list() {
        return studies.list();
    }

    /**
     * Stored study {@code name} as recorded: its trials, best trial and importance, evaluating
     * nothing (an interrupted study stays interrupted).
     *
     * @throws IllegalArgumentException when no study has that name
     */
    public StudyResult open(String name) {
        StoredStudy stored = studies.find(name).orElseThrow(() -> new IllegalArgumentException(
                "no study named '" + name + "'"));
        return StudyResult.stored(stored.toRequest(1), studies.loadTrials(name));
    }
}
