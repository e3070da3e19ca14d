package dev.sextant.data.outbox;

import org.jooq.DSLContext;

/**
 * Queues a newly saved signal for the hosted account. The signal repository calls it inside the
 * transaction that saves the signal, with that transaction's {@code tx}, so the signal and its
 * outbox entry are committed together or not at all. {@link #NONE} is used while sync is off.
 */
public interface OutboxWriter {

    /** Queues nothing: the app without cloud sync. */
    OutboxWriter NONE = (tx, signalId) -> {
    };

    /** Queues the signal {@code signalId}, which {@code tx} has just inserted. */
    void signalSaved(DSLContext tx, String signalId);
}
