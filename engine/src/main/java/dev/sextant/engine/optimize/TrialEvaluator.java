package dev.sextant.engine.optimize;

import dev.sextant.engine.backtest.BacktestRequest;
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
 * span, the constraints and the objective. Thread-safe (the backtester is). A trial's signals are kept only while
 * it runs: its pruning and full runs share them, and no other trial has its parameters. Built by
 * {@link Study#evaluator}.
 */
public final class TrialEvaluator {

    /**
     * Budget of a trial's own signal cache, which its pruning run fills and its full run reads: the signals of every
     * traded symbol over the span (a 100-symbol, 13-year study needs about 20 MB).
     */
    private static final long TRIAL_SIGNAL_BYTES = 256L << 20;

    private final PortfolioBacktester backtester;
    private final Collection<PriceColumns> bars;
    private final StudyRequest request;
    private final LocalDate from;
    private final LocalDate middle;
    private final LocalDate to;

    /** @param middle last day of the first half, used by the pruning run */
    TrialEvaluator(PortfolioBacktester backtester, Collection<PriceColumns> bars, StudyRequest request,
            LocalDate from, LocalDate middle, LocalDate to) {
        this.backtester = backtester;
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
        PortfolioBacktester trial = backtester.withSignalCache(new SignalCache(TRIAL_SIGNAL_BYTES));
        Double intermediate = null;
        try {
            if (request.pruning().enabled()) {
                intermediate = request.objective().value(run(trial, params, from, middle));
                if (intermediate != null) {
                    Optional<String> prune = request.pruning().prune(request.objective().score(intermediate), earlierScores);
                    if (prune.isPresent()) {
                        return new Trial(number, free, Map.of(), intermediate, null, millis(t0), TrialState.PRUNED,
                                prune.get());
                    }
                }
            }
            Map<String, Object> metrics = run(trial, params, from, to);
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

    private Map<String, Object> run(PortfolioBacktester trial, Map<String, Object> params, LocalDate start,
            LocalDate end) {
        BacktestRequest r = request.base().toBuilder().params(params).from(start).to(end).build();
        return trial.run(r, bars, to).metrics().asMap(); // the pruning run computes the full run's signals
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
