package dev.sextant.spark;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestRequestMap;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.cluster.BacktestBatch;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.CancelledException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/** A batch of backtests as Spark jobs of one task each, handed over in the order they finish. */
final class SparkBacktests implements BacktestBatch {

    private static final long POLL_MILLIS = 20;

    private final OneTaskJobs jobs;
    private final WorkerSource source;
    private final int taskCpus;

    /** @param taskCpus cores of one task: a backtest computes its signals on that many threads */
    SparkBacktests(OneTaskJobs jobs, WorkerSource source, int taskCpus) {
        this.jobs = jobs;
        this.source = source;
        this.taskCpus = taskCpus;
    }

    @Override
    public void run(List<BacktestRequest> requests, BiConsumer<Integer, TimedResult> done, Cancellation cancel) {
        List<LinkedHashMap<String, Object>> inputs = new ArrayList<>();
        for (BacktestRequest r : requests) {
            BacktestRequest shipped = BacktestRequestMap.parse(BacktestRequestMap.of(r));
            if (!shipped.equals(r)) {
                throw new IllegalStateException("backtest request does not survive its map form (BacktestRequestMap): sent "
                        + r + ", an executor would run " + shipped);
            }
            inputs.add(PlainValues.copy(BacktestRequestMap.of(r)));
        }
        List<Future<TimedResult>> running = jobs.submit("batch of " + requests.size() + " backtests", inputs,
                requests.size(), new BacktestTask(source, taskCpus), SparkBacktests::timed, cancel);
        boolean[] handed = new boolean[running.size()];
        int left = running.size();
        while (left > 0) {
            boolean progressed = false;
            for (int i = 0; i < running.size(); i++) {
                if (!handed[i] && running.get(i).isDone()) {
                    TimedResult t = await(running.get(i));
                    if (t == null) {
                        throw new CancelledException();
                    }
                    handed[i] = true;
                    left--;
                    progressed = true;
                    done.accept(i, t);
                }
            }
            if (!progressed) {
                if (cancel.isCancelled()) {
                    running.forEach(f -> f.cancel(true));
                    throw new CancelledException();
                }
                sleep();
            }
        }
    }

    private static TimedResult timed(LinkedHashMap<String, Object> m) {
        return new TimedResult((BacktestResult) RecordValues.decode(BacktestResult.class, m.get("result")),
                Instant.ofEpochMilli((Long) m.get("started")), Instant.ofEpochMilli((Long) m.get("finished")));
    }

    private static TimedResult await(Future<TimedResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a backtest failed on Spark: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }
}
