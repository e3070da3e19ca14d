package dev.sextant.app.cli;

import dev.sextant.engine.job.Cancellation;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cancellation tied to Ctrl-C (SIGINT) and SIGTERM: a shutdown hook asks the computation to stop,
 * then holds the JVM until {@link #close()} says the command has recorded its state (at most
 * {@link #GRACE}), so an interrupted study is marked interrupted before the process ends.
 * Use it in try-with-resources opened before the database, so it closes after it.
 */
final class ShutdownCancellation implements Cancellation, AutoCloseable {

    static final Duration GRACE = Duration.ofSeconds(30);

    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onShutdown, "sextant-cancel-on-shutdown");

    ShutdownCancellation() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public boolean isCancelled() {
        return requested.get();
    }

    private void onShutdown() {
        requested.set(true);
        try {
            finished.await(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets a waiting shutdown proceed; removes the hook when no shutdown has started. */
    @Override
    public void close() {
        finished.countDown();
        if (!requested.get()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shutdownStarted) {
                // The JVM began shutting down after the check: the hook runs and returns at once,
                // because finished is already counted down. Nothing is left to undo.
                requested.set(true);
            }
        }
    }
}
