package dev.sextant.engine.live;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.StreamedBar;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a session's final bars to the {@link LiveBarStore} from its own thread, in batches of one transaction each:
 * once {@code storeBatchBars} bars wait, once the oldest has waited {@code storeBatchAge}, or when flushed. Waiting
 * bars are kept by symbol and start, so a bar given again (a late correction) replaces the waiting one. A batch stays
 * waiting until its transaction commits: after a failure (rolled back by the store) it is written again, with newer
 * bars, after a backoff of 50 ms doubling to 5 s. The store replaces bars at the same symbol and time, so a retry
 * neither loses nor doubles a bar.
 */
final class StoreWriter implements AutoCloseable {

    private final LiveBarStore store;
    private final Clock clock;
    private final Sleeper sleeper;
    private final int batchBars;
    private final long batchAgeMillis;
    private final Map<String, TreeMap<Long, StreamedBar>> waiting = new HashMap<>();
    private final Thread thread;
    private final Runnable onIdle;
    private int waitingCount;
    private Instant oldest;
    private boolean flushRequested;
    private boolean writing;
    private boolean closed;
    private long stored;
    private long failures;
    private RuntimeException lastFailure;

    /** @param onIdle run on the writer's thread about every 250 ms of real time (the session's lag check) */
    StoreWriter(LiveBarStore store, Clock clock, Sleeper sleeper, LiveSessionConfig config, Runnable onIdle) {
        this.store = store;
        this.clock = clock;
        this.sleeper = sleeper;
        this.batchBars = config.storeBatchBars();
        this.batchAgeMillis = config.storeBatchAge().toMillis();
        this.onIdle = onIdle;
        this.thread = Thread.ofPlatform().daemon().name("live-store").unstarted(this::run);
        thread.start();
    }

    synchronized void add(StreamedBar bar) {
        TreeMap<Long, StreamedBar> bars = waiting.computeIfAbsent(bar.symbol(), k -> new TreeMap<>());
        if (bars.put(bar.start().getEpochSecond(), bar) == null) {
            waitingCount++;
        }
        if (oldest == null) {
            oldest = clock.instant();
        }
        if (waitingCount >= batchBars) {
            notifyAll();
        }
    }

    /** Writes everything waiting and returns once it is stored, or throws the store's error after {@code attempts} failures in a row. */
    synchronized void flush(int attempts) throws InterruptedException {
        flushRequested = true;
        notifyAll();
        long failuresBefore = failures;
        while (waitingCount > 0 || writing) {
            wait(50);
            if (failures - failuresBefore >= attempts && !writing) {
                throw new IllegalStateException(waitingCount + " bars not stored after " + attempts
                        + " failed attempts: " + lastFailure.getMessage(), lastFailure);
            }
        }
    }

    synchronized long stored() {
        return stored;
    }

    synchronized long waiting() {
        return waitingCount;
    }

    synchronized long failures() {
        return failures;
    }

    private void run() {
        long backoff = 0;
        try {
            while (true) {
                Map<String, TreeMap<Long, StreamedBar>> batch;
                synchronized (this) {
                    if (!closed && !due()) {
                        wait(250);
                    }
                    if (closed) {
                        return;
                    }
                    if (!due()) {
                        batch = null;
                    } else {
                        batch = new HashMap<>();
                        waiting.forEach((symbol, bars) -> batch.put(symbol, new TreeMap<>(bars)));
                        writing = true;
                    }
                }
                if (batch == null) {
                    onIdle.run();
                    continue;
                }
                RuntimeException failure = null;
                try {
                    store.write(columns(batch));
                } catch (RuntimeException e) {
                    failure = e;
                }
                synchronized (this) {
                    writing = false;
                    if (failure == null) {
                        batch.forEach(this::removeWritten);
                        oldest = waitingCount == 0 ? null : clock.instant();
                        flushRequested = flushRequested && waitingCount > 0;
                        backoff = 0;
                    } else {
                        failures++;
                        lastFailure = failure;
                        System.getLogger(StoreWriter.class.getName()).log(System.Logger.Level.WARNING,
                                "storing " + count(batch) + " live bars failed (rolled back, will retry): "
                                        + failure.getMessage());
                        backoff = backoff == 0 ? 50 : Math.min(5_000, backoff * 2);
                    }
                    notifyAll();
                }
                if (failure != null) {
                    sleeper.sleep(backoff * 1_000_000);
                }
                onIdle.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean due() {
        return waitingCount > 0 && (flushRequested || waitingCount >= batchBars
                || oldest != null && clock.millis() - oldest.toEpochMilli() >= batchAgeMillis);
    }

    /** Drops the written bars that were not replaced meanwhile. */
    private void removeWritten(String symbol, TreeMap<Long, StreamedBar> written) {
        TreeMap<Long, StreamedBar> now = waiting.get(symbol);
        for (Map.Entry<Long, StreamedBar> e : written.entrySet()) {
            if (now.get(e.getKey()) == e.getValue()) {
                now.remove(e.getKey());
                waitingCount--;
                stored++;
            }
        }
        if (now.isEmpty()) {
            waiting.remove(symbol);
        }
    }

    private static int count(Map<String, TreeMap<Long, StreamedBar>> batch) {
        return batch.values().stream().mapToInt(Map::size).sum();
    }

    private static List<PriceColumns> columns(Map<String, TreeMap<Long, StreamedBar>> batch) {
        List<PriceColumns> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Long, StreamedBar>> e : new TreeMap<>(batch).entrySet()) {
            int n = e.getValue().size();
            long[] t = new long[n];
            double[] o = new double[n];
            double[] h = new double[n];
            double[] l = new double[n];
            double[] c = new double[n];
            double[] v = new double[n];
            int i = 0;
            for (StreamedBar b : e.getValue().values()) {
                t[i] = b.start().getEpochSecond();
                o[i] = b.open();
                h[i] = b.high();
                l[i] = b.low();
                c[i] = b.close();
                v[i] = b.volume();
                i++;
            }
            out.add(new PriceColumns(e.getKey(), Timeframe.MINUTE_1, t, o, h, l, c, c.clone(), v));
        }
        return out;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
