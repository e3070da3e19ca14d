package dev.sextant.sync.server.api;

import dev.sextant.sync.server.auth.AccessTokens;
import dev.sextant.sync.server.auth.PasswordHasher;
import dev.sextant.sync.server.auth.SlidingWindowLimiter;
import dev.sextant.sync.server.billing.Billing;
import dev.sextant.sync.server.billing.SubscriptionSync;
import dev.sextant.sync.server.http.ApiError;
import dev.sextant.sync.server.http.Router;
import dev.sextant.sync.server.store.AccountStore;
import dev.sextant.sync.server.store.AuditLog;
import dev.sextant.sync.server.store.RefreshTokenStore;
import dev.sextant.sync.server.store.ServerDatabase;
import dev.sextant.sync.server.store.SignalStore;
import dev.sextant.sync.server.store.StripeEventStore;
import dev.sextant.sync.server.store.SubscriptionStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The routes of docs/sync-api.yaml over one database: wires the stores, the auth rules and billing. */
public final class SyncApi {

    /** The limits the issue sets: 20 auth requests per address a minute, 5 failed logins per account in 15 minutes. */
    public record Limits(int authPerAddress, Duration addressWindow, int failedLogins, Duration failedLoginWindow) {
        public static final Limits STANDARD = new Limits(20, Duration.ofMinutes(1), 5, Duration.ofMinutes(15));
    }

    private SyncApi() {
    }

    public static Router router(ServerDatabase db, AccessTokens accessTokens, Duration refreshLifetime, Billing billing,
            String webhookSecret, Limits limits, Clock clock, boolean behindTlsProxy, Optional<String> corsOrigin) {
        AccountStore accounts = new AccountStore(db.dsl());
        SubscriptionStore subscriptions = new SubscriptionStore(db.dsl());
        AuditLog audit = new AuditLog(db.dsl());
        Authenticator authenticator = new Authenticator(accessTokens);
        AuthEndpoints auth = new AuthEndpoints(accounts, new RefreshTokenStore(db.dsl(), clock, refreshLifetime), accessTokens,
                new PasswordHasher(), audit, new SlidingWindowLimiter(limits.authPerAddress(), limits.addressWindow(), clock),
                new SlidingWindowLimiter(limits.failedLogins(), limits.failedLoginWindow(), clock));
        BillingEndpoints billingEndpoints = new BillingEndpoints(authenticator, accounts, subscriptions, billing);
        SignalEndpoints signals = new SignalEndpoints(authenticator, subscriptions, new SignalStore(db.dsl()));
        StripeWebhookEndpoint webhook = new StripeWebhookEndpoint(webhookSecret,
                new SubscriptionSync(db.dsl(), accounts, subscriptions, new StripeEventStore(), audit), clock);
        return new Router(behindTlsProxy, corsOrigin)
                .route("GET", "/health", ex -> {
                    if (!db.healthy()) {
                        throw new ApiError(503, "database_unavailable", "the database does not answer");
                    }
                    ex.send(200, Map.of("status", "ok"));
                })
                .route("POST", "/auth/register", auth::register)
                .route("POST", "/auth/login", auth::login)
                .route("POST", "/auth/refresh", auth::refresh)
                .route("POST", "/auth/logout", auth::logout)
                .route("GET", "/auth/me", auth::me)
                .route("GET", "/billing/subscription", billingEndpoints::subscription)
                .route("POST", "/billing/create-checkout", billingEndpoints::checkout)
                .route("POST", "/billing/portal", billingEndpoints::portal)
                .route("GET", "/billing/return", billingEndpoints::returned)
                .route("POST", "/webhooks/stripe", webhook::receive)
                .route("POST", "/v1/signals", signals::push)
                .route("GET", "/v1/signals", signals::read);
    }
}
