package dev.sextant.cloud.sync;


import dev.sextant.cloud.sync.outbox.SyncOutcome;
import dev.sextant.engine.spi.Signal;
import dev.sextant.engine.spi.SignalSink;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Starts the background sender ({@link SyncScheduler}) the first time the workstation shows the
 * Account panel or a scan saves signals while sync is on, and wakes it after each scan. It is not
 * started for other commands, so they never touch the network; from the command line
 * {@code sync push} sends what waits.
 */
public final class BackgroundSync implements SignalSink {

    /** How often the sender looks for queued signals between scans. */
    public static final Duration INTERVAL = Duration.ofMinutes(5);

    private final CloudSync sync;
    private final List<Consumer<SyncOutcome>> listeners = new CopyOnWriteArrayList<>();
    private SyncScheduler scheduler;

    public BackgroundSync(CloudSync sync) {
        this.sync = sync;
    }

    @Override
    public String id() {
        return CloudSync.PLUGIN_ID;
    }

    @Override
    public void signalsSaved(String strategyId, LocalDate date, List<Signal> signals) {
        if (sync.enabled()) {
            nudge();
        }
    }

    /** Tells {@code listener} each outcome of a background run (called on the sender's thread). */
    public void onOutcome(Consumer<SyncOutcome> listener) {
        listeners.add(listener);
        start();
    }

    /** Sends what waits now, on the sender's thread. */
    public synchronized void nudge() {
        start().nudge();
    }

    private synchronized SyncScheduler start() {
        if (scheduler == null) {
            scheduler = new SyncScheduler(sync, INTERVAL, outcome -> listeners.forEach(l -> l.accept(outcome)));
        }
        return scheduler;
    }
}
