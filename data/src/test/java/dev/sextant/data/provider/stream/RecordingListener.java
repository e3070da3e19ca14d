package dev.sextant.data.provider.stream;

import dev.sextant.engine.spi.BarStreamListener;
import dev.sextant.engine.spi.StreamStatus;
import dev.sextant.engine.spi.StreamedBar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Remembers what a stream delivered, with the thread it came on, and lets a test wait for it. */
class RecordingListener implements BarStreamListener {

    record StatusChange(StreamStatus status, String detail) {
    }

    private final List<StreamedBar> bars = new ArrayList<>();
    private final List<StatusChange> statuses = new ArrayList<>();

    @Override
    public synchronized void bar(StreamedBar bar) {
        bars.add(bar);
        notifyAll();
    }

    @Override
    public synchronized void status(StreamStatus status, String detail) {
        statuses.add(new StatusChange(status, detail));
        notifyAll();
    }

    synchronized List<StreamedBar> bars() {
        return List.copyOf(bars);
    }

    synchronized List<StatusChange> statuses() {
        return List.copyOf(statuses);
    }

    synchronized List<StreamStatus> statusSequence() {
        return statuses.stream().map(StatusChange::status).toList();
    }

    /** Waits up to 10 s until {@code n} bars arrived. */
    synchronized List<StreamedBar> awaitBars(int n) throws InterruptedException {
        await(() -> bars.size() >= n, n + " bars (have " + bars.size() + ")");
        return List.copyOf(bars);
    }

    /** Waits up to 10 s for a status change to {@code status}; returns the latest such change. */
    synchronized StatusChange awaitStatus(StreamStatus status) throws InterruptedException {
        Predicate<StatusChange> is = s -> s.status() == status;
        await(() -> statuses.stream().anyMatch(is), "status " + status + " (have " + statuses + ")");
        return statuses.stream().filter(is).reduce((a, b) -> b).orElseThrow();
    }

    /** Waits up to 10 s until {@code count} changes to {@code status} arrived. */
    synchronized void awaitStatusCount(StreamStatus status, int count) throws InterruptedException {
        await(() -> statuses.stream().filter(s -> s.status() == status).count() >= count,
                count + " x " + status + " (have " + statuses + ")");
    }

    private void await(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + what);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
