package dev.sextant.engine.optimize;

import dev.sextant.engine.job.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Evaluates trials on a fixed pool of {@code request.threads()} threads of this JVM. */
final class LocalTrialRunner implements TrialRunner {

    private final TrialEvaluator evaluator;
    private final ExecutorService pool;

    LocalTrialRunner(TrialEvaluator evaluator, int threads) {
        this.evaluator = evaluator;
        this.pool = Executors.newFixedThreadPool(threads);
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
