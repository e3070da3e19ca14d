package dev.sextant.sync.server.billing;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.model.checkout.Session;
import dev.sextant.sync.server.store.Account;
import dev.sextant.sync.server.store.AccountStore;
import dev.sextant.sync.server.store.AuditLog;
import dev.sextant.sync.server.store.Plan;
import dev.sextant.sync.server.store.PlanStatus;
import dev.sextant.sync.server.store.StripeEventStore;
import dev.sextant.sync.server.store.SubscriptionStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Applies verified Stripe events. Each event id is processed once (a replay changes nothing). Subscription events
 * set the account's plan from the Subscription object's state, unless a state from a later event is stored already
 * (Stripe does not promise order). {@code checkout.session.completed} links the Stripe customer to the account.
 * Every change goes to the audit log.
 */
public final class SubscriptionSync {

    private final DSLContext dsl;
    private final AccountStore accounts;
    private final SubscriptionStore subscriptions;
    private final StripeEventStore events;
    private final AuditLog audit;

    public SubscriptionSync(DSLContext dsl, AccountStore accounts, SubscriptionStore subscriptions, StripeEventStore events, AuditLog audit) {
        this.dsl = dsl;
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.events = events;
        this.audit = audit;
    }

    public WebhookOutcome apply(Event event) {
        String type = event.getType();
        boolean subscriptionEvent = type.startsWith("customer.subscription.");
        if (!subscriptionEvent && !type.equals("checkout.session.completed")) {
            return WebhookOutcome.ignored(type);
        }
        StripeObject object = objectOf(event);
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (!events.firstTime(tx, event.getId(), type)) {
                return WebhookOutcome.duplicate(event.getId());
            }
            if (object instanceof Session session) {
                return linkCustomer(tx, event, session);
            }
            if (!(object instanceof Subscription subscription)) {
                throw new IllegalArgumentException("event " + event.getId() + " (" + type + ") does not hold a subscription");
            }
            Account account = accountOf(subscription);
            if (account.stripeCustomer().isEmpty() && subscription.getCustomer() != null) {
                accounts.setStripeCustomer(tx, account.id(), subscription.getCustomer());
            }
            PlanStatus status = type.equals("customer.subscription.deleted") ? PlanStatus.CANCELED : PlanStatus.ofStripe(subscription.getStatus());
            Plan plan = new Plan(status, periodEnd(subscription));
            if (!subscriptions.apply(tx, account.id(), plan, subscription.getId(), event.getCreated())) {
                audit.record(tx, account.id(), "billing_stale_event", type + " " + event.getId() + " older than the stored state", null);
                return WebhookOutcome.stale(event.getId());
            }
            audit.record(tx, account.id(), "billing_change", "subscription " + status.code() + " (" + type + " " + event.getId() + ")", null);
            return WebhookOutcome.applied(status.code());
        });
    }

    private WebhookOutcome linkCustomer(DSLContext tx, Event event, Session session) {
        String reference = session.getClientReferenceId();
        if (reference == null || !reference.matches("\\d{1,18}") || session.getCustomer() == null) {
            return WebhookOutcome.ignored("checkout.session.completed without an account reference");
        }
        Account account = accounts.byId(Long.parseLong(reference))
                .orElseThrow(() -> new UnknownAccount("no account " + reference + " (checkout session " + session.getId() + ")"));
        accounts.setStripeCustomer(tx, account.id(), session.getCustomer());
        audit.record(tx, account.id(), "billing_change", "checkout completed, customer " + session.getCustomer() + " (" + event.getId() + ")", null);
        return WebhookOutcome.applied("checkout_completed");
    }

    /** The account of a subscription: by its Stripe customer, else by the metadata our Checkout (or simulate-webhook) sets. */
    private Account accountOf(Subscription subscription) {
        Optional<Account> byCustomer = Optional.ofNullable(subscription.getCustomer()).flatMap(accounts::byStripeCustomer);
        if (byCustomer.isPresent()) {
            return byCustomer.get();
        }
        Map<String, String> metadata = subscription.getMetadata() == null ? Map.of() : subscription.getMetadata();
        String id = metadata.get("account_id");
        if (id != null && id.matches("\\d{1,18}")) {
            return accounts.byId(Long.parseLong(id)).orElseThrow(() -> new UnknownAccount("no account " + id));
        }
        String email = metadata.get("account_email");
        if (email != null) {
            return accounts.byEmail(email.strip().toLowerCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> new UnknownAccount("no account with e-mail " + email));
        }
        throw new UnknownAccount("subscription " + subscription.getId() + " has no known customer (" + subscription.getCustomer()
                + ") and no account metadata");
    }

    private static Optional<Instant> periodEnd(Subscription subscription) {
        if (subscription.getItems() == null || subscription.getItems().getData() == null) {
            return Optional.empty();
        }
        return subscription.getItems().getData().stream().map(SubscriptionItem::getCurrentPeriodEnd)
                .filter(java.util.Objects::nonNull).max(Long::compare).map(Instant::ofEpochSecond);
    }

    private static StripeObject objectOf(Event event) {
        var data = event.getDataObjectDeserializer();
        Optional<StripeObject> exact = data.getObject();
        if (exact.isPresent()) {
            return exact.get();
        }
        try {
            return data.deserializeUnsafe();
        } catch (EventDataObjectDeserializationException e) {
            throw new IllegalArgumentException("event " + event.getId() + ": its data.object cannot be read: " + e.getMessage(), e);
        }
    }
}
