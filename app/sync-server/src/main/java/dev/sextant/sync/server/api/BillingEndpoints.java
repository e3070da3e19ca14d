package dev.sextant.sync.server.api;

import dev.sextant.sync.server.billing.Billing;
import dev.sextant.sync.server.billing.BillingUnavailable;
import dev.sextant.sync.server.http.ApiError;
import dev.sextant.sync.server.http.Exchange;
import dev.sextant.sync.server.store.Account;
import dev.sextant.sync.server.store.AccountStore;
import dev.sextant.sync.server.store.Plan;
import dev.sextant.sync.server.store.SubscriptionStore;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The subscription, the Checkout and portal URLs, and the page Stripe returns the browser to. */
final class BillingEndpoints {

    private final Authenticator authenticator;
    private final AccountStore accounts;
    private final SubscriptionStore subscriptions;
    private final Billing billing;

    BillingEndpoints(Authenticator authenticator, AccountStore accounts, SubscriptionStore subscriptions, Billing billing) {
        this.authenticator = authenticator;
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.billing = billing;
    }

    void subscription(Exchange ex) throws IOException {
        Plan plan = subscriptions.plan(authenticator.account(ex));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", plan.status().code());
        m.put("plan", "sextant-sync");
        m.put("current_period_end", plan.periodEnd().map(Object::toString).orElse(null));
        ex.send(200, m);
    }

    void checkout(Exchange ex) throws IOException {
        ex.send(200, Map.of("url", browserUrl(ex, billing::checkoutUrl)));
    }

    void portal(Exchange ex) throws IOException {
        ex.send(200, Map.of("url", browserUrl(ex, billing::portalUrl)));
    }

    void returned(Exchange ex) throws IOException {
        ex.send(200, Map.of("message", "Back from Stripe: you can close this window; 'sextant sync status' shows the subscription."));
    }

    private String browserUrl(Exchange ex, Function<Account, String> url) {
        long id = authenticator.account(ex);
        Account account = accounts.byId(id).orElseThrow(() -> new ApiError(401, "invalid_token", "the account no longer exists"));
        try {
            return url.apply(account);
        } catch (BillingUnavailable e) {
            throw new ApiError(503, "billing_unavailable", e.getMessage());
        } catch (IllegalStateException e) {
            throw new ApiError(409, "no_subscription", e.getMessage());
        }
    }
}
