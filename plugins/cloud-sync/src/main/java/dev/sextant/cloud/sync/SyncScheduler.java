package dev.sextant.cloud.sync;

import dev.sextant.cloud.sync.outbox.SyncOutcome;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background sender: pushes every {@code interval} while sync is on, and at once on
 * {@link #nudge()} (after a scan saved signals). One thread; runs never overlap. Outcomes go to
 * {@code listener} (the Account panel); states that need the user stop nothing here, because each
 * run asks the server again, which is what lets a renewed subscription resume on its own.
 */
public final class SyncScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

    private final CloudSync sync;
    private final Consumer<SyncOutcome> listener;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cloud-sync");
        t.setDaemon(true);
        return t;
    });

    public SyncScheduler(CloudSync sync, Duration interval, Consumer<SyncOutcome> listener) {
        this.sync = sync;
        this.listener = listener;
        executor.scheduleWithFixedDelay(this::runOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void nudge() {
        executor.execute(this::runOnce);
    }

    private void runOnce() {
        if (!sync.enabled()) {
            return;
        }
        try {
            listener.accept(sync.push());
        } catch (IOException e) {
            LOG.warn("cloud sync: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
