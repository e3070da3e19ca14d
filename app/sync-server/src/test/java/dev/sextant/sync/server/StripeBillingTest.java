package dev.sextant.sync.server;

import static dev.sextant.sync.server.ApiClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.sync.server.api.SyncApi;
import dev.sextant.sync.server.billing.SimulatedWebhook;
import dev.sextant.sync.server.postgres.LocalPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Billing through the official stripe-java SDK against the local stand-in: Checkout in subscription mode with the
 * 7-day trial and a card required, the customer kept on the account, Stripe-shaped webhooks (checkout completed,
 * then the subscription by customer id), and the portal.
 */
class StripeBillingTest {

    private static final String PRICE = "price_standin_monthly";
    private static final String SECRET = "whsec_stripe_billing_test";

    @TempDir
    Path dir;

    @Test
    void behindAProxyCheckoutReturnsToThePublicUrlAndABadOneIsNamed() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        try (StripeStandIn stripe = new StripeStandIn(PRICE);
                LocalPostgres postgres = LocalPostgres.start(dir.resolve("pg"), false)) {
            Map<String, String> env = new java.util.HashMap<>(Map.of(ServerSecrets.JWT_SECRET, "a-stripe-test-signing-key-long-enough-0123456",
                    ServerSecrets.WEBHOOK_SECRET, SECRET, ServerSecrets.STRIPE_API_KEY, "sk_test_standin",
                    ServerSecrets.STRIPE_PRICE_ID, PRICE, ServerSecrets.STRIPE_API_BASE, stripe.apiBase(),
                    ServerSecrets.PUBLIC_URL, "https://abc123.execute-api.us-east-1.amazonaws.com"));
            try (SyncServer server = SyncServer.start(new SyncServer.Options(dir.resolve("server"), "127.0.0.1", 0,
                    Optional.of(postgres.jdbcUrl()), false, Optional.empty(), env, Clock.systemUTC(), SyncApi.Limits.STANDARD,
                    Duration.ofMinutes(15)))) {
                ApiClient api = new ApiClient(server.url());
                String token = api.post("auth/register", Map.of("email", "dan@example.com", "password", "a long password"), Map.of())
                        .body().get("access_token").asString();

                assertThat(api.post("billing/create-checkout", "{}", bearer(token)).status()).isEqualTo(200);

                StripeStandIn.Call session = stripe.calls().stream().filter(c -> c.path().equals("/v1/checkout/sessions")).findFirst().orElseThrow();
                assertThat(session.form().get("success_url"))
                        .isEqualTo("https://abc123.execute-api.us-east-1.amazonaws.com/billing/return?checkout=success");
            }
            env.put(ServerSecrets.PUBLIC_URL, "abc123.execute-api.us-east-1.amazonaws.com");
            assertThatThrownBy(() -> SyncServer.start(new SyncServer.Options(dir.resolve("server2"), "127.0.0.1", 0,
                    Optional.of(postgres.jdbcUrl()), false, Optional.empty(), env, Clock.systemUTC(), SyncApi.Limits.STANDARD,
                    Duration.ofMinutes(15))))
                    .hasMessage("SYNC_PUBLIC_URL: expected an http(s) URL without query, got 'abc123.execute-api.us-east-1.amazonaws.com'");
        }
    }

    @Test
    void checkoutWebhooksAndPortalGoThroughTheSdk() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        try (StripeStandIn stripe = new StripeStandIn(PRICE);
                LocalPostgres postgres = LocalPostgres.start(dir.resolve("pg"), false);
                SyncServer server = SyncServer.start(new SyncServer.Options(dir.resolve("server"), "127.0.0.1", 0,
                        Optional.of(postgres.jdbcUrl()), false, Optional.empty(),
                        Map.of(ServerSecrets.JWT_SECRET, "a-stripe-test-signing-key-long-enough-0123456",
                                ServerSecrets.WEBHOOK_SECRET, SECRET, ServerSecrets.STRIPE_API_KEY, "sk_test_standin",
                                ServerSecrets.STRIPE_PRICE_ID, PRICE, ServerSecrets.STRIPE_API_BASE, stripe.apiBase()),
                        Clock.systemUTC(), SyncApi.Limits.STANDARD, Duration.ofMinutes(15)))) {
            ApiClient api = new ApiClient(server.url());
            ApiClient.Answer registered = api.post("auth/register", Map.of("email", "cara@example.com", "password", "a long password"), Map.of());
            String token = registered.body().get("access_token").asString();
            String accountId = api.get("auth/me", bearer(token)).body().get("id").asString();

            ApiClient.Answer portalFirst = api.post("billing/portal", "{}", bearer(token));
            assertThat(portalFirst.status()).as("no portal before subscribing").isEqualTo(409);

            ApiClient.Answer checkout = api.post("billing/create-checkout", "{}", bearer(token));
            assertThat(checkout.status()).as(checkout.body().toString()).isEqualTo(200);
            assertThat(checkout.body().get("url").asString()).isEqualTo("https://checkout.stripe.com/c/pay/cs_test_standin");
            StripeStandIn.Call session = stripe.calls().stream().filter(c -> c.path().equals("/v1/checkout/sessions")).findFirst().orElseThrow();
            assertThat(session.form()).containsEntry("mode", "subscription").containsEntry("subscription_data[trial_period_days]", "7")
                    .containsEntry("payment_method_collection", "always").containsEntry("client_reference_id", accountId)
                    .containsEntry("subscription_data[metadata][account_id]", accountId);
            assertThat(session.form().get("success_url")).startsWith(server.url().resolve("billing/return").toString());
            assertThat(session.authorization()).isEqualTo("Bearer sk_test_standin");
            assertThat(stripe.calls().stream().filter(c -> c.path().equals("/v1/customers")).count()).isEqualTo(1);

            Instant now = Instant.now();
            assertThat(webhook(api, """
                    {"id":"evt_checkout_1","object":"event","api_version":"2025-12-15.clover","created":%d,"type":"checkout.session.completed",\
                    "data":{"object":{"id":"cs_test_standin","object":"checkout.session","mode":"subscription","customer":"%s",\
                    "client_reference_id":"%s","status":"complete"}}}""".formatted(now.getEpochSecond(), StripeStandIn.CUSTOMER, accountId), now))
                    .isEqualTo(200);
            assertThat(webhook(api, """
                    {"id":"evt_sub_1","object":"event","api_version":"2025-12-15.clover","created":%d,"type":"customer.subscription.created",\
                    "data":{"object":{"id":"sub_standin","object":"subscription","customer":"%s","status":"trialing","metadata":{},\
                    "items":{"object":"list","data":[{"id":"si_1","object":"subscription_item","current_period_end":%d}]}}}}"""
                    .formatted(now.getEpochSecond(), StripeStandIn.CUSTOMER, now.plus(Duration.ofDays(7)).getEpochSecond()), now))
                    .isEqualTo(200);
            ApiClient.Answer subscription = api.get("billing/subscription", bearer(token));
            assertThat(subscription.body().get("status").asString()).isEqualTo("trial");
            assertThat(Instant.parse(subscription.body().get("current_period_end").asString()))
                    .isEqualTo(Instant.ofEpochSecond(now.plus(Duration.ofDays(7)).getEpochSecond()));

            ApiClient.Answer portal = api.post("billing/portal", "{}", bearer(token));
            assertThat(portal.status()).isEqualTo(200);
            assertThat(portal.body().get("url").asString()).isEqualTo("https://billing.stripe.com/p/session/test_standin");
            assertThat(stripe.calls().getLast().form()).containsEntry("customer", StripeStandIn.CUSTOMER);

            api.post("billing/create-checkout", "{}", bearer(token));
            assertThat(stripe.calls().stream().filter(c -> c.path().equals("/v1/customers")).count())
                    .as("the customer is kept on the account, not created again").isEqualTo(1);
        }
    }

    private static int webhook(ApiClient api, String payload, Instant at) {
        return api.post("webhooks/stripe", payload, Map.of("Stripe-Signature", SimulatedWebhook.sign(payload, SECRET, at))).status();
    }
}
