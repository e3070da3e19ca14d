package dev.sextant.engine.optimize;

import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.SignalCache;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates one parameter set: optionally the first half of the span for pruning, then the whole
 * span (one simulation: the full run continues from the first half's, see
 * {@link PortfolioBacktester.NestedRuns}), the constraints and the objective. Thread-safe (the
 * backtester is). Built by {@link Study#evaluator}.
 */
public final class TrialEvaluator {

    private final PortfolioBacktester backtester;
    private final Collection<PriceColumns> bars;
    private final StudyRequest request;
    private final LocalDate from;
    private final LocalDate middle;
    private final LocalDate to;

    /** @param middle last day of the first half, used by the pruning run */
    TrialEvaluator(PortfolioBacktester backtester, Collection<PriceColumns> bars, StudyRequest request,
            LocalDate from, LocalDate middle, LocalDate to) {
        // A trial computes its signals once for its nested runs; no other trial has its parameters, so they are kept
        // nowhere and die young (held in a shared cache, the garbage collector copied them, and the heap grew)
        this.backtester = backtester.withSignalCache(new SignalCache(0));
        this.bars = bars;
        this.request = request;
        this.from = from;
        this.middle = middle;
        this.to = to;
    }

    /**
     * @param earlierScores intermediate scores of the trials of earlier batches (pruning reference)
     */
    public Trial evaluate(int number, Map<String, Object> free, double[] earlierScores) {
        long t0 = System.nanoTime();
        Map<String, Object> params = new LinkedHashMap<>(request.base().params());
        params.putAll(free);
        Double intermediate = null;
        try {
            PortfolioBacktester.NestedRuns runs =
                    backtester.nestedRuns(request.base().toBuilder().params(params).from(from).to(to).build(), bars);
            if (request.pruning().enabled()) {
                intermediate = request.objective().value(runs.through(middle).metrics().asMap());
                if (intermediate != null) {
                    Optional<String> prune = request.pruning().prune(request.objective().score(intermediate), earlierScores);
                    if (prune.isPresent()) {
                        return new Trial(number, free, Map.of(), intermediate, null, millis(t0), TrialState.PRUNED,
                                prune.get());
                    }
                }
            }
            Map<String, Object> metrics = runs.through(to).metrics().asMap();
            Double value = request.objective().value(metrics);
            for (TrialConstraint c : request.constraints()) {
                Optional<String> violation = c.violation(metrics);
                if (violation.isPresent()) {
                    return new Trial(number, free, metrics, intermediate, value, millis(t0), TrialState.INFEASIBLE,
                            violation.get());
                }
            }
            if (value == null) {
                return new Trial(number, free, metrics, intermediate, null, millis(t0), TrialState.INFEASIBLE,
                        "objective " + request.objective().metric() + " is undefined");
            }
            return new Trial(number, free, metrics, intermediate, value, millis(t0), TrialState.COMPLETE, null);
        } catch (IllegalArgumentException e) {
            return new Trial(number, free, Map.of(), intermediate, null, millis(t0), TrialState.FAILED, e.getMessage());
        }
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
