package dev.sextant.sync.server.store;

import static dev.sextant.sync.server.store.Schema.SUBSCRIPTION;
import static dev.sextant.sync.server.store.Schema.SUBSCRIPTION_ACCOUNT;
import static dev.sextant.sync.server.store.Schema.SUBSCRIPTION_PERIOD_END;
import static dev.sextant.sync.server.store.Schema.SUBSCRIPTION_STATE_CREATED;
import static dev.sextant.sync.server.store.Schema.SUBSCRIPTION_STATUS;
import static dev.sextant.sync.server.store.Schema.SUBSCRIPTION_STRIPE_ID;
import static dev.sextant.sync.server.store.Schema.SUBSCRIPTION_UPDATED;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Each account's subscription, changed only by Stripe state at least as new as the stored one. */
public final class SubscriptionStore {

    private final DSLContext dsl;

    public SubscriptionStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Plan plan(long accountId) {
        return dsl.select(SUBSCRIPTION_STATUS, SUBSCRIPTION_PERIOD_END).from(SUBSCRIPTION).where(SUBSCRIPTION_ACCOUNT.eq(accountId))
                .fetchOptional()
                .map(r -> new Plan(PlanStatus.ofCode(r.value1()), Optional.ofNullable(r.value2()).map(OffsetDateTime::toInstant)))
                .orElse(Plan.NONE);
    }

    /**
     * Stores {@code plan} from a Stripe subscription state made at {@code stateCreated} (unix seconds) unless a
     * newer state is stored already (events may arrive out of order). True when it was stored.
     */
    public boolean apply(DSLContext tx, long accountId, Plan plan, String stripeSubscription, long stateCreated) {
        OffsetDateTime end = plan.periodEnd().map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null);
        return tx.insertInto(SUBSCRIPTION)
                .columns(SUBSCRIPTION_ACCOUNT, SUBSCRIPTION_STATUS, SUBSCRIPTION_PERIOD_END, SUBSCRIPTION_STRIPE_ID, SUBSCRIPTION_STATE_CREATED)
                .values(accountId, plan.status().code(), end, stripeSubscription, stateCreated)
                .onConflict(SUBSCRIPTION_ACCOUNT).doUpdate()
                .set(SUBSCRIPTION_STATUS, plan.status().code())
                .set(SUBSCRIPTION_PERIOD_END, end)
                .set(SUBSCRIPTION_STRIPE_ID, stripeSubscription)
                .set(SUBSCRIPTION_STATE_CREATED, stateCreated)
                .set(SUBSCRIPTION_UPDATED, DSL.currentOffsetDateTime())
                .where(SUBSCRIPTION_STATE_CREATED.le(stateCreated))
                .execute() == 1;
    }
}
