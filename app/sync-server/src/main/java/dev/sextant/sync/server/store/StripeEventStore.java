package dev.sextant.sync.server.store;

import static dev.sextant.sync.server.store.Schema.STRIPE_EVENT;
import static dev.sextant.sync.server.store.Schema.STRIPE_EVENT_ID;
import static dev.sextant.sync.server.store.Schema.STRIPE_EVENT_TYPE;

import org.jooq.DSLContext;

/** The Stripe event ids already processed, so a replayed event changes nothing. */
public final class StripeEventStore {

    /** Records the event in {@code tx}; false when it was recorded before (a replay). */
    public boolean firstTime(DSLContext tx, String eventId, String type) {
        return tx.insertInto(STRIPE_EVENT).columns(STRIPE_EVENT_ID, STRIPE_EVENT_TYPE).values(eventId, type)
                .onConflictDoNothing().execute() == 1;
    }
}
