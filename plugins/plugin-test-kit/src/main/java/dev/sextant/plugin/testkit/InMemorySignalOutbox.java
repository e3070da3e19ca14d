package dev.sextant.plugin.testkit;

import dev.sextant.engine.spi.SignalOutbox;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A signal outbox in memory for plugin tests. There is no signal table behind it: tests put signals
 * in with {@link #signalSaved}, which queues them while queuing is on and keeps them for
 * {@link #enqueueUnqueued} otherwise, as the workstation does.
 */
public final class InMemorySignalOutbox implements SignalOutbox {

    private record Item(long id, String signalId, String payloadJson, int attempts, OffsetDateTime deliveredAt) {
    }

    private final Map<Long, Item> items = new LinkedHashMap<>();
    private final Map<String, String> unqueued = new LinkedHashMap<>();
    private boolean queuing;
    private long nextId = 1;

    /** A signal was saved with this payload: queued now while queuing is on, else left for a backfill. */
    public synchronized void signalSaved(String signalId, String payloadJson) {
        if (queuing) {
            add(signalId, payloadJson);
        } else {
            unqueued.put(signalId, payloadJson);
        }
    }

    private void add(String signalId, String payloadJson) {
        long id = nextId++;
        items.put(id, new Item(id, signalId, payloadJson, 0, null));
    }

    @Override
    public synchronized boolean queuing() {
        return queuing;
    }

    @Override
    public synchronized void setQueuing(boolean on) {
        queuing = on;
    }

    @Override
    public synchronized int enqueueUnqueued() {
        int n = unqueued.size();
        unqueued.forEach(this::add);
        unqueued.clear();
        return n;
    }

    @Override
    public synchronized List<Entry> pending(int limit) {
        return items.values().stream().filter(i -> i.deliveredAt() == null).limit(limit)
                .map(i -> new Entry(i.id(), i.signalId(), i.payloadJson(), i.attempts())).toList();
    }

    @Override
    public synchronized int markDelivered(Collection<Long> ids, OffsetDateTime at) {
        int changed = 0;
        for (Long id : ids) {
            Item i = items.get(id);
            if (i != null && i.deliveredAt() == null) {
                items.put(id, new Item(id, i.signalId(), i.payloadJson(), i.attempts() + 1, at));
                changed++;
            }
        }
        return changed;
    }

    @Override
    public synchronized void recordFailure(Collection<Long> ids, String error) {
        for (Long id : ids) {
            Item i = items.get(id);
            if (i != null && i.deliveredAt() == null) {
                items.put(id, new Item(id, i.signalId(), i.payloadJson(), i.attempts() + 1, null));
            }
        }
    }

    @Override
    public synchronized int pendingCount() {
        return (int) items.values().stream().filter(i -> i.deliveredAt() == null).count();
    }

    @Override
    public synchronized int deliveredCount() {
        return items.size() - pendingCount();
    }

    @Override
    public synchronized Optional<OffsetDateTime> lastDelivery() {
        return items.values().stream().map(Item::deliveredAt).filter(Objects::nonNull).max(OffsetDateTime::compareTo);
    }
}
