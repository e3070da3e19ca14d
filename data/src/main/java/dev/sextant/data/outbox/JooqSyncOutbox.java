package dev.sextant.data.outbox;

import static dev.sextant.data.jooq.Tables.SIGNAL;
import static dev.sextant.data.jooq.Tables.SYNC_OUTBOX;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The signal entries of {@code sync_outbox}: what is waiting, and marking what the server accepted.
 * An entry is delivered once {@code delivered_at} is set; that happens in one transaction after the
 * server accepted the batch, so a crash before it leaves the entry pending and it is sent again
 * (the server is idempotent by signal id), and a crash after it never sends it again.
 */
public final class JooqSyncOutbox {

    private static final int MAX_ERROR_LENGTH = 2000;

    private final DSLContext dsl;
    private final SignalOutboxWriter writer = new SignalOutboxWriter();

    public JooqSyncOutbox(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The oldest {@code limit} undelivered signal entries, in the order they were queued. */
    public List<OutboxEntry> pending(int limit) {
        return dsl.selectFrom(SYNC_OUTBOX)
                .where(SYNC_OUTBOX.TOPIC.eq(SignalOutboxWriter.TOPIC)).and(SYNC_OUTBOX.DELIVERED_AT.isNull())
                .orderBy(SYNC_OUTBOX.ID)
                .limit(limit)
                .fetch(r -> new OutboxEntry(r.getId(), r.getEntityId(), r.getPayloadJson(), r.getAttempts()));
    }

    /** Marks the entries {@code ids} delivered at {@code at}, in one transaction; returns how many changed. */
    public int markDelivered(Collection<Long> ids, OffsetDateTime at) {
        return dsl.transactionResult(cfg -> cfg.dsl().update(SYNC_OUTBOX)
                .set(SYNC_OUTBOX.DELIVERED_AT, at)
                .set(SYNC_OUTBOX.ATTEMPTS, SYNC_OUTBOX.ATTEMPTS.plus(1))
                .set(SYNC_OUTBOX.LAST_ERROR, (String) null)
                .where(SYNC_OUTBOX.ID.in(ids)).and(SYNC_OUTBOX.DELIVERED_AT.isNull())
                .execute());
    }

    /** Counts a failed attempt for the entries {@code ids} and keeps {@code error} (already free of secrets). */
    public void recordFailure(Collection<Long> ids, String error) {
        String kept = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        dsl.update(SYNC_OUTBOX)
                .set(SYNC_OUTBOX.ATTEMPTS, SYNC_OUTBOX.ATTEMPTS.plus(1))
                .set(SYNC_OUTBOX.LAST_ERROR, kept)
                .where(SYNC_OUTBOX.ID.in(ids)).and(SYNC_OUTBOX.DELIVERED_AT.isNull())
                .execute();
    }

    public int pendingCount() {
        return dsl.fetchCount(SYNC_OUTBOX, SYNC_OUTBOX.TOPIC.eq(SignalOutboxWriter.TOPIC)
                .and(SYNC_OUTBOX.DELIVERED_AT.isNull()));
    }

    public int deliveredCount() {
        return dsl.fetchCount(SYNC_OUTBOX, SYNC_OUTBOX.TOPIC.eq(SignalOutboxWriter.TOPIC)
                .and(SYNC_OUTBOX.DELIVERED_AT.isNotNull()));
    }

    /** When the latest delivery happened; empty if nothing was ever delivered. */
    public Optional<OffsetDateTime> lastDelivery() {
        return Optional.ofNullable(dsl.select(DSL.max(SYNC_OUTBOX.DELIVERED_AT)).from(SYNC_OUTBOX)
                .where(SYNC_OUTBOX.TOPIC.eq(SignalOutboxWriter.TOPIC)).fetchOne().value1());
    }

    /**
     * Queues every saved signal that has no outbox entry yet (signals saved while sync was off), in
     * one transaction; returns how many were queued. Queuing them again queues nothing.
     */
    public int enqueueUnqueuedSignals() {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<String> ids = tx.select(SIGNAL.ID).from(SIGNAL)
                    .whereNotExists(DSL.selectOne().from(SYNC_OUTBOX)
                            .where(SYNC_OUTBOX.TOPIC.eq(SignalOutboxWriter.TOPIC)).and(SYNC_OUTBOX.ENTITY_ID.eq(SIGNAL.ID)))
                    .orderBy(SIGNAL.CREATED_AT, SIGNAL.ID)
                    .fetch(SIGNAL.ID);
            ids.forEach(id -> writer.signalSaved(tx, id));
            return ids.size();
        });
    }
}
