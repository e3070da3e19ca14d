package dev.sextant.engine.optimize;

import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.job.ProgressSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Turns a sampler's batches of candidate parameter sets into numbered, recorded trials.
 * <ul>
 *   <li>Numbers are assigned in proposal order before anything runs, so they never depend on
 *       which thread finishes first. A candidate equal to an earlier one (same values) reuses that
 *       trial's result and is not a new trial. Candidates beyond the budget are not evaluated and
 *       score {@code -∞}.</li>
 *   <li>A number already finished in the store (a resumed study) is taken from there instead of
 *       being evaluated again; its parameters must equal the proposal, else the study changed.</li>
 *   <li>New trials of a batch run in parallel on the {@link TrialRunner}; all of them see the same pruning
 *       reference (intermediate scores of trials recorded before the batch).</li>
 *   <li>A batch's newly evaluated trials are appended to the store together, in number order, once the batch has
 *       finished (one transaction instead of one per trial), by a {@link TrialAppender} while the next batch runs;
 *       {@link #close()} waits until all are stored. On cancellation trials that have not started are skipped, the
 *       finished ones are recorded, then {@link CancelledException}.</li>
 * </ul>
 */
final class TrialScheduler implements AutoCloseable {

    private final StudyRequest request;
    private final TrialRunner runner;
    private final TrialAppender appender;
    private final Map<Integer, Trial> stored;
    private final ProgressSink progress;
    private final Cancellation cancel;
    private final int total;

    private final TreeMap<Integer, Trial> done = new TreeMap<>();
    private final Map<String, Integer> numberByParams = new HashMap<>();
    private final long startNanos = System.nanoTime();
    private int assigned;
    private int evaluatedNow;

    /** @param total expected number of trials, for progress (the budget, or a smaller grid) */
    TrialScheduler(StudyRequest request, TrialRunner runner, StudyStore store, List<Trial> stored,
            ProgressSink progress, Cancellation cancel, int total) {
        this.request = request;
        this.runner = runner;
        this.appender = new TrialAppender(store, request.name());
        this.stored = new HashMap<>();
        stored.forEach(t -> this.stored.put(t.number(), t));
        this.progress = progress;
        this.cancel = cancel;
        this.total = total;
    }

    boolean budgetUsed() {
        return assigned >= request.trials();
    }

    /** Trial numbers assigned so far. */
    int trialCount() {
        return assigned;
    }

    int evaluatedNow() {
        return evaluatedNow;
    }

    List<Trial> trials() {
        return List.copyOf(done.values());
    }

    /** Scores (larger is better, {@code -∞} when not complete or not evaluated) of {@code candidates}, in order. */
    double[] evaluate(List<Map<String, Object>> candidates) {
        cancel.throwIfCancelled();
        double[] reference = done.values().stream().filter(t -> t.intermediateValue() != null)
                .mapToDouble(t -> request.objective().score(t.intermediateValue())).toArray();
        int[] numberOf = new int[candidates.size()];
        List<Integer> fresh = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            String key = key(candidates.get(k));
            Integer known = numberByParams.get(key);
            if (known != null) {
                numberOf[k] = known;
            } else if (budgetUsed()) {
                numberOf[k] = -1;
            } else {
                int n = assigned++;
                numberByParams.put(key, n);
                numberOf[k] = n;
                fresh.add(k);
            }
        }
        List<Future<Trial>> running = new ArrayList<>();
        List<TrialRunner.Pending> pending = new ArrayList<>();
        List<Integer> pendingSlots = new ArrayList<>();
        for (int k : fresh) {
            int n = numberOf[k];
            Map<String, Object> params = candidates.get(k);
            Trial previous = stored.get(n);
            if (previous != null) {
                if (!key(previous.params()).equals(key(params))) {
                    throw new IllegalStateException("stored trial " + n + " of study '" + request.name() + "' has params "
                            + previous.params() + " but the sampler proposes " + params
                            + ": the study definition or the data changed since it was saved");
                }
                running.add(CompletableFuture.completedFuture(previous));
            } else {
                pendingSlots.add(running.size());
                running.add(null);
                pending.add(new TrialRunner.Pending(n, params));
            }
        }
        if (!pending.isEmpty()) {
            List<Future<Trial>> submitted = runner.submit(pending, reference, cancel);
            for (int j = 0; j < pendingSlots.size(); j++) {
                running.set(pendingSlots.get(j), submitted.get(j));
            }
        }
        boolean cancelled = false;
        List<Trial> evaluated = new ArrayList<>();
        try {
            for (int j = 0; j < fresh.size(); j++) {
                Trial t = await(running.get(j));
                if (t == null) {
                    cancelled = true;
                    continue;
                }
                done.put(t.number(), t);
                if (!stored.containsKey(t.number())) {
                    evaluatedNow++;
                    evaluated.add(t);
                }
                report(t);
            }
        } finally {
            appender.append(evaluated);
        }
        if (cancelled) {
            appender.flush();
            throw new CancelledException();
        }
        double[] scores = new double[candidates.size()];
        for (int k = 0; k < scores.length; k++) {
            Trial t = numberOf[k] < 0 ? null : done.get(numberOf[k]);
            scores[k] = t != null && t.isComplete() ? request.objective().score(t.objectiveValue()) : Double.NEGATIVE_INFINITY;
        }
        return scores;
    }

    /** Waits until every trial evaluated so far is stored. */
    @Override
    public void close() {
        appender.close();
    }

    private static Trial await(Future<Trial> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("trial evaluation failed", e.getCause());
        }
    }

    private void report(Trial t) {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        int remaining = Math.max(0, total - done.size());
        String eta = evaluatedNow == 0 ? "?" : String.format(Locale.ROOT, "%.0f s", elapsed / evaluatedNow * remaining);
        Trial best = StudyResult.best(done.values(), request.objective());
        String bestText = best == null ? "none yet"
                : String.format(Locale.ROOT, "%s %.4f (trial %d)", request.objective().metric(), best.objectiveValue(), best.number());
        progress.progress(done.size(), total, String.format(Locale.ROOT, "trial %d %s; best %s; ETA %s",
                t.number(), t.state().label(), bestText, eta));
    }

    /** Value identity of a parameter set, insensitive to Integer/Long or map order differences. */
    static String key(Map<String, Object> params) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> b.append(k).append('=').append(v).append(';'));
        return b.toString();
    }
}
