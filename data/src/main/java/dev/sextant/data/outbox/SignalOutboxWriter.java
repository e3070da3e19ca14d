package dev.sextant.data.outbox;

import static dev.sextant.data.jooq.Tables.SIGNAL;
import static dev.sextant.data.jooq.Tables.SYNC_OUTBOX;

import dev.sextant.data.jooq.tables.records.SignalRecord;
import org.jooq.DSLContext;

/** Writes one {@code sync_outbox} row (topic {@code signal}) for a signal saved in the same transaction. */
public final class SignalOutboxWriter implements OutboxWriter {

    /** Topic of signal entries in {@code sync_outbox}. */
    public static final String TOPIC = "signal";

    @Override
    public void signalSaved(DSLContext tx, String signalId) {
        SignalRecord saved = tx.selectFrom(SIGNAL).where(SIGNAL.ID.eq(signalId)).fetchOne();
        if (saved == null) {
            throw new IllegalStateException("signal " + signalId + " is not saved in this transaction");
        }
        tx.insertInto(SYNC_OUTBOX)
                .set(SYNC_OUTBOX.TOPIC, TOPIC)
                .set(SYNC_OUTBOX.ENTITY_ID, signalId)
                .set(SYNC_OUTBOX.PAYLOAD_JSON, SignalPayload.of(saved))
                .execute();
    }
}
