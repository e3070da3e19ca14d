package dev.sextant.engine.optimize;

import dev.sextant.engine.job.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Evaluates trials on a fork/join pool of {@code request.threads()} threads of this JVM: a worker with no trial left
 * in the batch helps the others with their symbols' signals (see {@code PortfolioBacktester}).
 */
final class LocalTrialRunner implements TrialRunner {

    private final TrialEvaluator evaluator;
    private final ExecutorService pool;

    LocalTrialRunner(TrialEvaluator evaluator, int threads) {
        this.evaluator = evaluator;
        this.pool = new ForkJoinPool(threads);
    }

    @Override
    public List<Future<Trial>> submit(List<Pending> trials, double[] reference, Cancellation cancel) {
        List<Future<Trial>> out = new ArrayList<>(trials.size());
        for (Pending p : trials) {
            out.add(pool.submit(() -> cancel.isCancelled() ? null : evaluator.evaluate(p.number(), p.params(), reference)));
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
