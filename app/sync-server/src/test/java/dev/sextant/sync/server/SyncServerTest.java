package dev.sextant.sync.server;

import static dev.sextant.sync.server.ApiClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.sync.server.api.SyncApi;
import dev.sextant.sync.server.billing.SimulatedWebhook;
import dev.sextant.sync.server.postgres.LocalPostgres;
import dev.sextant.sync.server.store.AuditLog;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The server over HTTP on loopback, on one real embedded PostgreSQL for the class: tenancy, idempotency replay,
 * the subscription gate, webhooks (signature, replay, order), refresh rotation, rate limits, body size, bad input.
 */
class SyncServerTest {

    private static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    private static Path dir;
    private static LocalPostgres postgres;
    private static SyncServer server;
    private static ApiClient api;
    private static Map<String, String> env;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("sync-server-test");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        postgres = LocalPostgres.start(dir.resolve("pg"), false);
        env = Map.of(ServerSecrets.JWT_SECRET, "a-test-signing-key-that-is-long-enough-0123456789",
                ServerSecrets.WEBHOOK_SECRET, "whsec_test_secret");
        server = start(new SyncApi.Limits(1000, Duration.ofMinutes(1), 5, Duration.ofMinutes(15)), Clock.systemUTC());
        api = new ApiClient(server.url());
    }

    private static SyncServer start(SyncApi.Limits limits, Clock clock) throws Exception {
        Path folder = Files.createTempDirectory(dir, "server");
        return SyncServer.start(new SyncServer.Options(folder, "127.0.0.1", 0, Optional.of(postgres.jdbcUrl()), false,
                Optional.empty(), env, clock, limits, Duration.ofMinutes(15)));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** A new account; its access token. */
    private static String register(String email) {
        ApiClient.Answer a = api.post("auth/register", Map.of("email", email, "password", PASSWORD), Map.of());
        assertThat(a.status()).as(a.body().toString()).isEqualTo(201);
        return a.body().get("access_token").asString();
    }

    private static String newEmail() {
        return "user" + ACCOUNTS.incrementAndGet() + "-" + System.nanoTime() + "@example.com";
    }

    private static int subscribe(String email, String stripeStatus) {
        SimulatedWebhook hook = SimulatedWebhook.subscription(email, stripeStatus, env.get(ServerSecrets.WEBHOOK_SECRET), Instant.now());
        return api.post("webhooks/stripe", hook.payload(), Map.of("Stripe-Signature", hook.signature())).status();
    }

    private static Map<String, Object> signal(String id, String symbol, double price) {
        Map<String, Object> s = new HashMap<>();
        s.put("id", id);
        s.put("strategy_id", "dwap");
        s.put("symbol", symbol);
        s.put("date", "2024-03-01");
        s.put("direction", "long");
        s.put("price", price);
        return s;
    }

    private static ApiClient.Answer push(String token, String key, List<Map<String, Object>> signals) {
        Map<String, String> headers = new HashMap<>(bearer(token));
        headers.put("Idempotency-Key", key);
        return api.post("v1/signals", Map.of("signals", signals), headers);
    }

    private static List<String> readIds(String token) {
        List<String> ids = new ArrayList<>();
        long since = 0;
        while (true) {
            ApiClient.Answer page = api.get("v1/signals?since=" + since + "&limit=2", bearer(token));
            assertThat(page.status()).isEqualTo(200);
            if (page.body().get("signals").isEmpty()) {
                return ids;
            }
            page.body().get("signals").forEach(s -> ids.add(s.get("id").asString() + "@" + s.get("price").asDouble()));
            since = page.body().get("next_since").asLong();
        }
    }

    @Test
    void healthAnswersOnceReady() {
        ApiClient.Answer a = api.get("health", Map.of());
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("status").asString()).isEqualTo("ok");
    }

    @Test
    void twoAccountsPushingTheSameSignalIdEachGetItStoredAndNeitherReadsTheOther() {
        String emailA = newEmail();
        String emailB = newEmail();
        String a = register(emailA);
        String b = register(emailB);
        assertThat(subscribe(emailA, "active")).isEqualTo(200);
        assertThat(subscribe(emailB, "trialing")).isEqualTo(200);

        ApiClient.Answer fromA = push(a, "key-shared-0000000001", List.of(signal("abc123", "AAPL", 10), signal("only-a", "MSFT", 11)));
        ApiClient.Answer fromB = push(b, "key-shared-0000000001", List.of(signal("abc123", "AAPL", 20)));

        assertThat(fromA.status()).isEqualTo(200);
        assertThat(fromA.body().get("duplicates").asInt()).isZero();
        assertThat(fromB.status()).as("the same key from another account is a new request").isEqualTo(200);
        assertThat(fromB.body().get("duplicates").asInt()).as("the colliding id is new for B").isZero();
        assertThat(readIds(a)).containsExactly("abc123@10.0", "only-a@11.0");
        assertThat(readIds(b)).containsExactly("abc123@20.0");
    }

    @Test
    void aReplayedKeyGetsTheFirstAnswerAndADifferentBodyUnderItIsRefused() {
        String email = newEmail();
        String token = register(email);
        subscribe(email, "active");
        List<Map<String, Object>> batch = List.of(signal("r1", "AAPL", 1), signal("r2", "AAPL", 2));
        ApiClient.Answer first = push(token, "replay-key-000000001", batch);
        ApiClient.Answer again = push(token, "replay-key-000000001", batch);
        ApiClient.Answer otherKey = push(token, "replay-key-000000002", batch);
        ApiClient.Answer changed = push(token, "replay-key-000000001", List.of(signal("r3", "AAPL", 3)));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.raw().body()).isEqualTo(first.raw().body());
        assertThat(otherKey.body().get("duplicates").asInt()).as("stored ids are absorbed, not stored twice").isEqualTo(2);
        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.body().get("error").asString()).isEqualTo("idempotency_key_reused");
        assertThat(readIds(token)).containsExactly("r1@1.0", "r2@2.0");
    }

    @Test
    void onlyTrialAndActiveMayPushEverythingElseGets402AndNothingIsStored() {
        String email = newEmail();
        String token = register(email);
        ApiClient.Answer none = push(token, "gate-key-0000000001", List.of(signal("g1", "AAPL", 1)));
        assertThat(none.status()).isEqualTo(402);
        assertThat(none.body().get("message").asString()).contains("none");
        subscribe(email, "past_due");
        assertThat(push(token, "gate-key-0000000002", List.of(signal("g1", "AAPL", 1))).status()).isEqualTo(402);
        assertThat(api.get("billing/subscription", bearer(token)).body().get("status").asString()).isEqualTo("past_due");
        subscribe(email, "trialing");
        assertThat(api.get("billing/subscription", bearer(token)).body().get("status").asString()).isEqualTo("trial");
        assertThat(push(token, "gate-key-0000000003", List.of(signal("g1", "AAPL", 1))).status()).isEqualTo(200);
        subscribe(email, "canceled");
        assertThat(push(token, "gate-key-0000000004", List.of(signal("g2", "AAPL", 1))).status()).isEqualTo(402);
        assertThat(readIds(token)).containsExactly("g1@1.0");
    }

    @Test
    void aWebhookIsVerifiedProcessedOnceAndAnOlderEventDoesNotOverwriteANewerState() {
        String email = newEmail();
        String token = register(email);
        String secret = env.get(ServerSecrets.WEBHOOK_SECRET);
        Instant now = Instant.now();
        SimulatedWebhook older = SimulatedWebhook.subscription(email, "past_due", secret, now.minusSeconds(60));
        SimulatedWebhook newer = SimulatedWebhook.subscription(email, "active", secret, now);

        ApiClient.Answer forged = api.post("webhooks/stripe", newer.payload(),
                Map.of("Stripe-Signature", SimulatedWebhook.sign(newer.payload(), "whsec_wrong", now)));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.body().get("error").asString()).isEqualTo("bad_signature");
        ApiClient.Answer stale = api.post("webhooks/stripe", newer.payload(),
                Map.of("Stripe-Signature", SimulatedWebhook.sign(newer.payload(), secret, now.minus(Duration.ofMinutes(6)))));
        assertThat(stale.status()).as("a signature older than the tolerance").isEqualTo(400);

        ApiClient.Answer applied = api.post("webhooks/stripe", newer.payload(), Map.of("Stripe-Signature", newer.signature()));
        ApiClient.Answer replayed = api.post("webhooks/stripe", newer.payload(), Map.of("Stripe-Signature", newer.signature()));
        ApiClient.Answer late = api.post("webhooks/stripe", older.payload(), Map.of("Stripe-Signature", older.signature()));

        assertThat(applied.body().get("result").asString()).isEqualTo("applied");
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.body().get("result").asString()).isEqualTo("duplicate");
        assertThat(late.body().get("result").asString()).isEqualTo("stale");
        assertThat(api.get("billing/subscription", bearer(token)).body().get("status").asString()).isEqualTo("active");
        List<AuditLog.Entry> audit = new AuditLog(server.database().dsl()).entries();
        assertThat(audit).filteredOn(e -> e.event().equals("billing_change") && e.detail().startsWith("subscription active"))
                .isNotEmpty();
    }

    @Test
    void refreshRotatesAndAReusedRefreshTokenRevokesTheSession() {
        String email = newEmail();
        register(email);
        ApiClient.Answer login = api.post("auth/login", Map.of("email", email, "password", PASSWORD), Map.of());
        String first = login.body().get("refresh_token").asString();
        ApiClient.Answer rotated = api.post("auth/refresh", Map.of("refresh_token", first), Map.of());
        assertThat(rotated.status()).isEqualTo(200);
        String second = rotated.body().get("refresh_token").asString();
        assertThat(second).isNotEqualTo(first);
        assertThat(api.get("auth/me", bearer(rotated.body().get("access_token").asString())).body().get("email").asString()).isEqualTo(email);

        ApiClient.Answer reuse = api.post("auth/refresh", Map.of("refresh_token", first), Map.of());
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(api.post("auth/refresh", Map.of("refresh_token", second), Map.of()).status())
                .as("the whole family is revoked after a reuse").isEqualTo(401);
        assertThat(new AuditLog(server.database().dsl()).entries()).anyMatch(e -> e.event().equals("refresh_reuse"));

        String other = api.post("auth/login", Map.of("email", email, "password", PASSWORD), Map.of()).body().get("refresh_token").asString();
        assertThat(api.post("auth/logout", Map.of("refresh_token", other), Map.of()).status()).isEqualTo(204);
        assertThat(api.post("auth/refresh", Map.of("refresh_token", other), Map.of()).status()).as("logged out").isEqualTo(401);
        assertThat(new AuditLog(server.database().dsl()).entries()).anyMatch(e -> e.event().equals("sign_in") && e.detail().equals(email));
    }

    @Test
    void anExpiredOrForeignAccessTokenGets401() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (SyncServer other = start(SyncApi.Limits.STANDARD, clock)) {
            ApiClient client = new ApiClient(other.url());
            String email = newEmail();
            String token = client.post("auth/register", Map.of("email", email, "password", PASSWORD), Map.of()).body()
                    .get("access_token").asString();
            clock.advance(Duration.ofMinutes(16));
            ApiClient.Answer expired = client.get("auth/me", bearer(token));
            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.body().get("error").asString()).isEqualTo("token_expired");
        }
        assertThat(api.get("auth/me", bearer("eyJhbGciOiJIUzI1NiJ9.e30.abc")).body().get("error").asString()).isEqualTo("invalid_token");
    }

    @Test
    void fiveFailedLoginsLockTheAccountFor15MinutesAndTwentyAuthRequestsAMinuteLockTheAddress() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (SyncServer limited = start(SyncApi.Limits.STANDARD, clock)) {
            ApiClient client = new ApiClient(limited.url());
            String email = newEmail();
            assertThat(client.post("auth/register", Map.of("email", email, "password", PASSWORD), Map.of()).status()).isEqualTo(201);
            for (int i = 0; i < 5; i++) {
                assertThat(client.post("auth/login", Map.of("email", email, "password", "wrong password " + i), Map.of()).status()).isEqualTo(401);
            }
            ApiClient.Answer locked = client.post("auth/login", Map.of("email", email, "password", PASSWORD), Map.of());
            assertThat(locked.status()).as("even the right password, while locked").isEqualTo(429);
            assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 15 * 60L);
            clock.advance(Duration.ofMinutes(15).plusSeconds(1));
            assertThat(client.post("auth/login", Map.of("email", email, "password", PASSWORD), Map.of()).status()).isEqualTo(200);

            clock.advance(Duration.ofMinutes(2));
            int ok = 0;
            ApiClient.Answer last = null;
            for (int i = 0; i < 21; i++) {
                last = client.post("auth/login", Map.of("email", "nobody" + i + "@example.com", "password", PASSWORD), Map.of());
                ok += last.status() == 401 ? 1 : 0;
            }
            assertThat(ok).isEqualTo(20);
            assertThat(last.status()).isEqualTo(429);
            assertThat(last.body().get("error").asString()).isEqualTo("rate_limited");
            assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 60L);
        }
    }

    @Test
    void aBodyOverOneMebibyteGets413() {
        String email = newEmail();
        String token = register(email);
        subscribe(email, "active");
        String big = "{\"signals\":[{\"id\":\"x\",\"pad\":\"" + "a".repeat(1 << 20) + "\"}]}";
        Map<String, String> headers = new HashMap<>(bearer(token));
        headers.put("Idempotency-Key", "big-body-key-000001");
        ApiClient.Answer a = api.post("v1/signals", big, headers);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.body().get("error").asString()).isEqualTo("body_too_large");
        // the unread rest of the body ends the connection, so the answer says so and the next request gets a new one
        assertThat(a.header("Connection")).isEqualToIgnoringCase("close");
        assertThat(register(newEmail())).isNotBlank();
    }

    @Test
    void badJsonGets400AndBadFieldsGet422NamingTheFieldAndValue() {
        String email = newEmail();
        String token = register(email);
        subscribe(email, "active");
        Map<String, String> headers = new HashMap<>(bearer(token));
        headers.put("Idempotency-Key", "bad-input-key-00001");

        ApiClient.Answer malformed = api.post("v1/signals", "{\"signals\": [", headers);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("error").asString()).isEqualTo("bad_json");

        Map<String, Object> bad = signal("ok-id", "AAPL", 1);
        bad.put("date", "2024-13-45");
        headers.put("Idempotency-Key", "bad-input-key-00002");
        ApiClient.Answer badDate = api.post("v1/signals", Map.of("signals", List.of(signal("fine", "AAPL", 1), bad)), headers);
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.body().get("message").asString()).isEqualTo("signals[1].date must be a date YYYY-MM-DD, got '2024-13-45'");

        headers.put("Idempotency-Key", "short");
        assertThat(api.post("v1/signals", Map.of("signals", List.of(signal("fine", "AAPL", 1))), headers).status()).isEqualTo(400);

        ApiClient.Answer badEmail = api.post("auth/register", Map.of("email", "not-an-address", "password", PASSWORD), Map.of());
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badEmail.body().get("message").asString()).contains("'email'").contains("not-an-address");
        ApiClient.Answer shortPassword = api.post("auth/register", Map.of("email", newEmail(), "password", "short"), Map.of());
        assertThat(shortPassword.status()).isEqualTo(422);
        assertThat(shortPassword.body().get("message").asString()).contains("'password'");
        ApiClient.Answer badLimit = api.get("v1/signals?limit=5000", bearer(token));
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.body().get("message").asString()).contains("'limit'").contains("5000");
        assertThat(readIds(token)).isEmpty();
    }

    @Test
    void corsIsOffByDefaultAndPlainHttpOffLoopbackIsRefused() {
        ApiClient.Answer a = api.send(HttpRequest.newBuilder(server.url().resolve("health")).header("Origin", "https://evil.example").GET().build());
        assertThat(a.raw().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThatThrownBy(() -> SyncServer.start(new SyncServer.Options(dir.resolve("public"), "0.0.0.0", 0,
                Optional.of(postgres.jdbcUrl()), false, Optional.empty(), env, Clock.systemUTC(), SyncApi.Limits.STANDARD,
                Duration.ofMinutes(15))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--behind-tls-proxy");
    }

    @Test
    void behindATlsProxyOnlyRequestsItForwardedAsHttpsAreAnsweredAndLimitsCountTheForwardedAddress() throws Exception {
        Path folder = Files.createTempDirectory(dir, "proxied");
        try (SyncServer proxied = SyncServer.start(new SyncServer.Options(folder, "127.0.0.1", 0, Optional.of(postgres.jdbcUrl()), true,
                Optional.empty(), env, Clock.systemUTC(), SyncApi.Limits.STANDARD, Duration.ofMinutes(15)))) {
            ApiClient client = new ApiClient(proxied.url());
            assertThat(client.get("health", Map.of()).status()).as("the proxy's own loopback checks").isEqualTo(200);
            ApiClient.Answer plain = client.get("health", Map.of("X-Forwarded-For", "203.0.113.5", "X-Forwarded-Proto", "http"));
            assertThat(plain.status()).isEqualTo(403);
            assertThat(plain.body().get("error").asString()).isEqualTo("https_required");
            Map<String, String> httpsFrom = Map.of("X-Forwarded-For", "203.0.113.5", "X-Forwarded-Proto", "https");
            assertThat(client.get("health", httpsFrom).status()).isEqualTo(200);
            for (int i = 0; i < 20; i++) {
                assertThat(client.post("auth/login", Map.of("email", "x" + i + "@example.com", "password", PASSWORD), httpsFrom).status())
                        .isEqualTo(401);
            }
            assertThat(client.post("auth/login", Map.of("email", "y@example.com", "password", PASSWORD), httpsFrom).status()).isEqualTo(429);
            assertThat(client.post("auth/login", Map.of("email", "y@example.com", "password", PASSWORD),
                    Map.of("X-Forwarded-For", "198.51.100.7", "X-Forwarded-Proto", "https")).status())
                    .as("another client address has its own limit").isEqualTo(401);
        }
    }

    @Test
    void withoutAStripeKeyCheckoutSays503WithTheWayToSubscribeLocally() {
        ApiClient.Answer a = api.post("billing/create-checkout", "{}", bearer(register(newEmail())));
        assertThat(a.status()).isEqualTo(503);
        assertThat(a.body().get("message").asString()).contains("simulate-webhook");
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

}
