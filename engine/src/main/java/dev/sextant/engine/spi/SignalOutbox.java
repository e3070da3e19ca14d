package dev.sextant.engine.spi;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The durable queue of saved signals waiting to be delivered to a hosted account (since API 1.1).
 * The workstation implements it over its database and hands it to plugins in their context; a sync
 * plugin switches {@linkplain #setQueuing queuing} on, drains {@linkplain #pending pending} entries
 * and marks what the server accepted.
 *
 * <p>While queuing is on, each new signal gets its entry in the same database transaction that
 * saves the signal, so a signal is never saved without its entry (nor the other way round). An
 * entry is delivered once {@link #markDelivered} committed; a crash before that leaves it pending.
 */
public interface SignalOutbox {

    /** One undelivered entry: its queue id, the signal's stable id, the JSON to push, and the attempts so far. */
    record Entry(long id, String signalId, String payloadJson, int attempts) {
    }

    /** Whether newly saved signals are queued (kept in the database, so it survives restarts). */
    boolean queuing();

    void setQueuing(boolean on);

    /** Queues every saved signal that has no entry yet, in one transaction; returns how many. */
    int enqueueUnqueued();

    /** The oldest {@code limit} undelivered entries, in queue order. */
    List<Entry> pending(int limit);

    /** Marks the entries {@code ids} delivered at {@code at}, in one transaction; returns how many changed. */
    int markDelivered(Collection<Long> ids, OffsetDateTime at);

    /** Counts a failed attempt for the entries {@code ids} and keeps {@code error}, which must hold no secret. */
    void recordFailure(Collection<Long> ids, String error);

    int pendingCount();

    int deliveredCount();

    /** When the latest delivery happened; empty if nothing was ever delivered. */
    Optional<OffsetDateTime> lastDelivery();
}
