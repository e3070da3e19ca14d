package dev.sextant.data.outbox;

import static dev.sextant.data.jooq.Tables.SIGNAL;
import static dev.sextant.data.jooq.Tables.SYNC_OUTBOX;

import dev.sextant.data.settings.SettingsRepository;
import dev.sextant.engine.spi.SignalOutbox;
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
 *
 * <p>Queuing is switched by the setting {@value #QUEUING_SETTING}; {@link #queuingWriter()} is the
 * hook the signal repository calls, which reads that setting inside the saving transaction.
 */
public final class JooqSyncOutbox implements SignalOutbox {

    /** Setting that switches queuing on: {@code true} while the user is signed in to cloud sync. */
    public static final String QUEUING_SETTING = "sync.enabled";

    private static final int MAX_ERROR_LENGTH = 2000;

    private final DSLContext dsl;
    private final SettingsRepository settings;
    private final SignalOutboxWriter writer = new SignalOutboxWriter();

    public JooqSyncOutbox(DSLContext dsl) {
        this.dsl = dsl;
        this.settings = new SettingsRepository(dsl);
    }

    /** Queues a saved signal only while {@link #queuing()} is on, as the saving transaction sees it. */
    public OutboxWriter queuingWriter() {
        return (tx, signalId) -> {
            if (isOn(new SettingsRepository(tx))) {
                writer.signalSaved(tx, signalId);
            }
        };
    }

    @Override
    public boolean queuing() {
        return isOn(settings);
    }

    private static boolean isOn(SettingsRepository settings) {
        return settings.get(QUEUING_SETTING).map(Boolean::parseBoolean).orElse(false);
    }

    @Override
    public void setQueuing(boolean on) {
        settings.set(QUEUING_SETTING, Boolean.toString(on));
    }

    @Override
    public List<Entry> pending(int limit) {
        return dsl.selectFrom(SYNC_OUTBOX)
                .where(SYNC_OUTBOX.TOPIC.eq(SignalOutboxWriter.TOPIC)).and(SYNC_OUTBOX.DELIVERED_AT.isNull())
                .orderBy(SYNC_OUTBOX.ID)
                .limit(limit)
                .fetch(r -> new Entry(r.getId(), r.getEntityId(), r.getPayloadJson(), r.getAttempts()));
    }

    @Override
    public int markDelivered(Collection<Long> ids, OffsetDateTime at) {
        return dsl.transactionResult(cfg -> cfg.dsl().update(SYNC_OUTBOX)
                .set(SYNC_OUTBOX.DELIVERED_AT, at)
                .set(SYNC_OUTBOX.ATTEMPTS, SYNC_OUTBOX.ATTEMPTS.plus(1))
                .set(SYNC_OUTBOX.LAST_ERROR, (String) null)
                .where(SYNC_OUTBOX.ID.in(ids)).and(SYNC_OUTBOX.DELIVERED_AT.isNull())
                .execute());
    }

    @Override
    public void recordFailure(Collection<Long> ids, String error) {
        String kept = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        dsl.update(SYNC_OUTBOX)
                .set(SYNC_OUTBOX.ATTEMPTS, SYNC_OUTBOX.ATTEMPTS.plus(1))
                .set(SYNC_OUTBOX.LAST_ERROR, kept)
                .where(SYNC_OUTBOX.ID.in(ids)).and(SYNC_OUTBOX.DELIVERED_AT.isNull())
                .execute();
    }

    @Override
    public int pendingCount() {
        return dsl.fetchCount(SYNC_OUTBOX, SYNC_OUTBOX.TOPIC.eq(SignalOutboxWriter.TOPIC)
                .and(SYNC_OUTBOX.DELIVERED_AT.isNull()));
    }

    @Override
    public int deliveredCount() {
        return dsl.fetchCount(SYNC_OUTBOX, SYNC_OUTBOX.TOPIC.eq(SignalOutboxWriter.TOPIC)
                .and(SYNC_OUTBOX.DELIVERED_AT.isNotNull()));
    }

    @Override
    public Optional<OffsetDateTime> lastDelivery() {
        return Optional.ofNullable(dsl.select(DSL.max(SYNC_OUTBOX.DELIVERED_AT)).from(SYNC_OUTBOX)
                .where(SYNC_OUTBOX.TOPIC.eq(SignalOutboxWriter.TOPIC)).fetchOne().value1());
    }

    /** Queues the signals saved while queuing was off; queuing them again queues nothing. */
    @Override
    public int enqueueUnqueued() {
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
