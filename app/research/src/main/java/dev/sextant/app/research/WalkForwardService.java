package dev.sextant.app.research;

import dev.sextant.engine.walkforward.SavedWalkForward;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.cluster.Cluster;
import dev.sextant.engine.market.DataFingerprint;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.InMemoryStudyStore;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import dev.sextant.engine.walkforward.WalkForward;
import dev.sextant.engine.walkforward.WalkForwardRepository;
import dev.sextant.engine.walkforward.WalkForwardRequest;
import dev.sextant.engine.walkforward.WalkForwardResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Runs a walk-forward analysis over loaded daily bars and saves it in one transaction: what
 * {@code ./sextant walkforward} and the walk-forward panel both do; with the one-line meaning of
 * each of its statistics.
 */
public final class WalkForwardService {

    public static final String WFE_MEANING = "out-of-sample annual return per unit of in-sample annual return; near 1 = the"
            + " tuning carried over, near 0 or negative = it mostly fitted noise";
    public static final String DSR_MEANING = "probability that the true Sharpe ratio is above what the best of this many"
            + " trials would show by luck alone; below 0.95 the edge is not established";
    public static final String PBO_MEANING = "probability that the in-sample best parameter set ranks below the median out"
            + " of sample; above 0.5 the selection is worse than picking at random";

    private final StrategyCatalog strategies;
    private final WalkForwardRepository runs;
    private final MarketLoader market;

    public WalkForwardService(StrategyCatalog strategies, WalkForwardRepository runs, MarketLoader market) {
        this.strategies = strategies;
        this.runs = runs;
        this.market = market;
    }

    /**
     * Runs {@code request} over {@code bars} (plus the bars its entry filters read, loaded here when not among
     * them) and saves it as {@code name}; nothing is saved when cancelled.
     *
     * @throws dev.sextant.engine.job.CancelledException when {@code cancel} fired
     */
    public SavedWalkForward runAndSave(String name, WalkForwardRequest request, List<PriceColumns> bars, ProgressSink progress,
            Cancellation cancel) {
        return runAndSave(name, request, bars, progress, cancel, RunOn.LOCAL);
    }

    /**
     * Like {@link #runAndSave(String, WalkForwardRequest, List, ProgressSink, Cancellation)}, with the folds' studies
     * run where {@code where} says (one fold per task on a cluster); the saved run is the same wherever they run.
     */
    public SavedWalkForward runAndSave(String name, WalkForwardRequest request, List<PriceColumns> bars, ProgressSink progress,
            Cancellation cancel, RunOn where) {
        List<PriceColumns> all = new java.util.ArrayList<>(bars);
        for (String symbol : request.study().base().rules().symbols()) {
            if (all.stream().noneMatch(p -> p.symbol().equals(symbol))) {
                all.add(market.one(symbol));
            }
        }
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SignalCache cache = new SignalCache(SignalCache.STUDY_MAX_BYTES);
        WalkForwardResult result;
        if (where.isLocal()) {
            result = new WalkForward(strategies, cache, all, new InMemoryStudyStore()).run(request, progress, cancel);
        } else {
            try (Cluster cluster = where.connect(all, strategies)) {
                result = new WalkForward(strategies, cache, all, cluster.foldStudies()).run(request, progress, cancel);
            }
        }
        Instant finished = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long id = runs.save(name, result, DataFingerprint.ofAll(bars), started, finished);
        return runs.find(id).orElseThrow();
    }

    /** Saved runs, newest first, without their folds. */
    public List<SavedWalkForward> list() {
        return runs.list();
    }

    /** Saved run {@code id} with its folds, as stored. */
    public Optional<SavedWalkForward> find(long id) {
        return runs.find(id);
    }
}
