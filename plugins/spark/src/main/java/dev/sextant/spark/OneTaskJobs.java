package dev.sextant.spark;

import dev.sextant.engine.job.Cancellation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;

/**
 * Runs chunks of inputs as Spark jobs of one task each, all submitted at once, so the cluster runs them in parallel
 * and each chunk's results come back (and are reported) as soon as its task finishes. All jobs of one call share a
 * job group, which a watcher cancels when the caller's {@link Cancellation} fires.
 */
final class OneTaskJobs {

    private static final AtomicLong GROUPS = new AtomicLong();
    private static final long WATCH_MILLIS = 50;

    private final JavaSparkContext sc;

    OneTaskJobs(JavaSparkContext sc) {
        this.sc = sc;
    }

    /**
     * @param inputs the inputs, cut into {@code chunks} contiguous runs of nearly equal size
     * @return one future per input, in input order; a future of a job cancelled by {@code cancel} yields null
     */
    <R extends Serializable, T> List<Future<T>> submit(String description, List<LinkedHashMap<String, Object>> inputs,
            int chunks, Function<LinkedHashMap<String, Object>, R> task, java.util.function.Function<R, T> decode,
            Cancellation cancel) {
        String group = "sextant-" + GROUPS.incrementAndGet();
        sc.setJobGroup(group, description, true);
        List<Future<T>> out = new ArrayList<>(inputs.size());
        List<JavaFutureAction<List<R>>> jobs = new ArrayList<>();
        int n = inputs.size();
        int parts = Math.max(1, Math.min(chunks, n));
        try {
            for (int p = 0; p < parts; p++) {
                List<LinkedHashMap<String, Object>> chunk = new ArrayList<>(inputs.subList(p * n / parts, (p + 1) * n / parts));
                JavaFutureAction<List<R>> job = sc.parallelize(chunk, 1).map(task).collectAsync();
                jobs.add(job);
                for (int k = 0; k < chunk.size(); k++) {
                    out.add(new Element<>(job, k, decode, cancel));
                }
            }
        } finally {
            sc.clearJobGroup();
        }
        Thread.ofVirtual().name("cancel watch " + group).start(() -> watch(group, jobs, cancel));
        return out;
    }

    /** Cancels the group once {@code cancel} fires; ends when every job is done. */
    private void watch(String group, List<? extends Future<?>> jobs, Cancellation cancel) {
        while (!jobs.stream().allMatch(Future::isDone)) {
            if (cancel.isCancelled()) {
                sc.cancelJobGroup(group);
                return;
            }
            try {
                Thread.sleep(WATCH_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Element {@code index} of a one-task job's collected results, decoded. */
    private record Element<R, T>(JavaFutureAction<List<R>> job, int index, java.util.function.Function<R, T> decode,
            Cancellation cancel) implements Future<T> {

        @Override
        public T get() throws InterruptedException, ExecutionException {
            try {
                return decode.apply(job.get().get(index));
            } catch (ExecutionException | CancellationException e) {
                if (cancel.isCancelled()) {
                    return null;
                }
                throw e;
            }
        }

        @Override
        public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            try {
                return decode.apply(job.get(timeout, unit).get(index));
            } catch (ExecutionException | CancellationException e) {
                if (cancel.isCancelled()) {
                    return null;
                }
                throw e;
            }
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return job.cancel(mayInterruptIfRunning);
        }

        @Override
        public boolean isCancelled() {
            return job.isCancelled();
        }

        @Override
        public boolean isDone() {
            return job.isDone();
        }
    }
}
