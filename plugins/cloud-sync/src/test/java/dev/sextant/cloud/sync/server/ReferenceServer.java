package dev.sextant.cloud.sync.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account API of docs/sync-api.yaml, for real, on loopback: JWT access tokens with expiry,
 * refresh tokens, subscriptions changed by signed Stripe-style webhooks, Checkout and portal
 * URLs, and an idempotent signal store. A {@link FaultPlan} injects failures into
 * {@code POST /v1/signals}.
 */
public final class ReferenceServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServerClock clock = new ServerClock();
    private final Accounts accounts = new Accounts(clock);
    private final JwtIssuer jwt;
    private final StripeSignature stripe;
    private final SignalStore signals = new SignalStore();
    private final FaultPlan faults;
    private final Duration slowDelay;
    private final HttpServer http;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger retryAfterViolations = new AtomicInteger();
    private final AtomicInteger answersLost = new AtomicInteger();
    private final AtomicLong last429 = new AtomicLong(-1);
    private volatile Runnable killClient = () -> {
        throw new IllegalStateException("no client to kill");
    };
    private volatile Runnable lapse = () -> {
        throw new IllegalStateException("no lapse action set");
    };

    public ReferenceServer(String webhookSecret, FaultPlan faults, Duration accessLifetime, Duration slowDelay) {
        this.jwt = new JwtIssuer(clock, accessLifetime);
        this.stripe = new StripeSignature(webhookSecret);
        this.faults = faults;
        this.slowDelay = slowDelay;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.setExecutor(executor);
        http.createContext("/", this::route);
        http.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
    }

    public ServerClock clock() {
        return clock;
    }

    public void addUser(String email, String password, String status) {
        accounts.addUser(email, password, status);
    }

    /** Suspends an account: its pushes get 403. */
    public void suspend(String email) {
        accounts.suspend(email);
    }

    /** Every access token issued so far (for tests that check no token leaks). */
    public List<String> issuedAccessTokens() {
        return jwt.issued();
    }

    public String subscriptionStatus(String email) {
        return accounts.plan(email).status();
    }

    public int liveRefreshTokens() {
        return accounts.liveRefreshTokens();
    }

    /** What {@link Fault#KILL_CLIENT} does: kill the client process and wait until it is gone. */
    public void onKillClient(Runnable action) {
        this.killClient = action;
    }

    /** What {@link Fault#LAPSE_SUBSCRIPTION} does: send (and wait for) a webhook that lapses the subscription. */
    public void onLapse(Runnable action) {
        this.lapse = action;
    }

    public FaultPlan faults() {
        return faults;
    }

    /** Every store of a signal, in order; a signal id appears once per time it was stored. */
    public List<String> storeLog() {
        return signals.log().stream().map(SignalStore.Stored::id).toList();
    }

    public Map<String, JsonNode> storedSignals() {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        signals.log().forEach(s -> m.put(s.id(), s.signal()));
        return m;
    }

    public long repeatsAbsorbed() {
        return signals.repeats();
    }

    public long keyReplays() {
        return signals.replays();
    }

    /** Requests that came less than the asked Retry-After after a 429. */
    public int retryAfterViolations() {
        return retryAfterViolations.get();
    }

    /** Batches stored whose answer never reached the client (dropped, killed, timed out). */
    public int answersLost() {
        return answersLost.get();
    }

    private void route(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            switch (method + " " + path) {
                case "POST /auth/login" -> login(ex);
                case "POST /auth/refresh" -> refresh(ex);
                case "POST /auth/logout" -> logout(ex);
                case "GET /auth/me" -> withUser(ex, user -> send(ex, 200, Map.of("id", "u-" + user.hashCode(), "email", user, "name", user)));
                case "GET /billing/subscription" -> withUser(ex, user -> send(ex, 200, subscription(user)));
                case "POST /billing/create-checkout" -> withUser(ex, user -> send(ex, 200,
                        Map.of("url", "https://checkout.stripe.com/c/pay/cs_test_" + UUID.randomUUID())));
                case "POST /billing/portal" -> withUser(ex, user -> send(ex, 200,
                        Map.of("url", "https://billing.stripe.com/p/session/test_" + UUID.randomUUID())));
                case "POST /v1/signals" -> pushSignals(ex);
                case "GET /v1/signals" -> withUser(ex, user -> readSignals(ex));
                case "POST /webhooks/stripe" -> webhook(ex);
                default -> error(ex, 404, "not_found", method + " " + path);
            }
        } catch (JacksonException e) {
            error(ex, 400, "bad_json", "the body is not valid JSON");
        }
    }

    private interface UserAction {
        void run(String user) throws IOException;
    }

    private void withUser(HttpExchange ex, UserAction action) throws IOException {
        Optional<String> user = authenticate(ex);
        if (user.isPresent()) {
            action.run(user.get());
        }
    }

    /** The user of the request's bearer token; otherwise a 401 has been sent. */
    private Optional<String> authenticate(HttpExchange ex) throws IOException {
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            error(ex, 401, "unauthorized", "sign in first");
            return Optional.empty();
        }
        List<JwtIssuer.Refusal> refusal = new ArrayList<>();
        Optional<String> user = jwt.subject(header.substring(7), refusal::add);
        if (user.isEmpty()) {
            error(ex, 401, refusal.getFirst().error(), refusal.getFirst().message());
        }
        return user;
    }

    private void login(HttpExchange ex) throws IOException {
        JsonNode body = JSON.readTree(ex.getRequestBody());
        String email = body.path("email").asString("");
        if (!accounts.checkPassword(email, body.path("password").asString(null))) {
            error(ex, 401, "invalid_credentials", "wrong e-mail or password");
            return;
        }
        send(ex, 200, tokens(email, Optional.of(accounts.issueRefreshToken(email))));
    }

    private void refresh(HttpExchange ex) throws IOException {
        Optional<String> user = accounts.refreshUser(JSON.readTree(ex.getRequestBody()).path("refresh_token").asString(null));
        if (user.isEmpty()) {
            error(ex, 401, "invalid_refresh_token", "the refresh token is unknown, revoked or expired");
            return;
        }
        send(ex, 200, tokens(user.get(), Optional.empty()));
    }

    private void logout(HttpExchange ex) throws IOException {
        accounts.revoke(JSON.readTree(ex.getRequestBody()).path("refresh_token").asString(null));
        ex.sendResponseHeaders(204, -1);
    }

    private Map<String, Object> tokens(String email, Optional<String> refresh) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("access_token", jwt.issue(email));
        m.put("token_type", "Bearer");
        m.put("expires_in", jwt.lifetime().toSeconds());
        refresh.ifPresent(r -> {
            m.put("refresh_token", r);
            m.put("refresh_expires_in", Accounts.REFRESH_LIFETIME.toSeconds());
        });
        return m;
    }

    private Map<String, Object> subscription(String user) {
        Accounts.Plan plan = accounts.plan(user);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", plan.status());
        m.put("plan", "pro-monthly");
        m.put("current_period_end", plan.periodEnd().toString());
        return m;
    }

    private void pushSignals(HttpExchange ex) throws IOException {
        byte[] raw = ex.getRequestBody().readAllBytes();
        checkRetryAfterHonoured();
        Optional<Fault> fault = faults.next();
        if (fault.isPresent()) {
            switch (fault.get()) {
                case DROP_BEFORE -> {
                    return; // closing the exchange without headers drops the connection
                }
                case ERROR_500 -> {
                    error(ex, 500, "internal", "injected failure");
                    return;
                }
                case ERROR_503 -> {
                    error(ex, 503, "unavailable", "injected failure");
                    return;
                }
                case TOO_MANY_REQUESTS -> {
                    ex.getResponseHeaders().set("Retry-After", "1");
                    error(ex, 429, "rate_limited", "slow down");
                    last429.set(System.nanoTime());
                    return;
                }
                case EXPIRE_TOKEN -> clock.advance(Duration.ofMinutes(16));
                case LAPSE_SUBSCRIPTION -> lapse.run();
                default -> {
                    // DROP_AFTER, SLOW and KILL_CLIENT act after the batch is stored
                }
            }
        }
        Optional<String> user = authenticate(ex);
        if (user.isEmpty()) {
            return;
        }
        if (accounts.isSuspended(user.get())) {
            error(ex, 403, "account_suspended", "this account may not push signals");
            return;
        }
        if (!accounts.allowsPush(user.get())) {
            error(ex, 402, "subscription_required", "subscription is " + accounts.plan(user.get()).status());
            return;
        }
        String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null || key.length() < 16 || key.length() > 128) {
            error(ex, 400, "idempotency_key_required", "send an Idempotency-Key header of 16..128 characters");
            return;
        }
        String answer;
        try {
            Optional<String> replay = signals.replay(key, sha256(raw));
            answer = replay.isPresent() ? replay.get() : storeBatch(key, raw);
        } catch (IllegalArgumentException e) {
            error(ex, 422, "invalid_batch", e.getMessage());
            return;
        }
        if (fault.isPresent()) {
            switch (fault.get()) {
                case DROP_AFTER -> {
                    answersLost.incrementAndGet();
                    return;
                }
                case KILL_CLIENT -> {
                    answersLost.incrementAndGet();
                    killClient.run();
                }
                case SLOW -> {
                    answersLost.incrementAndGet();
                    pause(slowDelay);
                }
                default -> {
                    // faults before the batch are done
                }
            }
        }
        sendRaw(ex, 200, answer);
    }

    private String storeBatch(String key, byte[] raw) {
        JsonNode body = JSON.readTree(raw);
        List<JsonNode> batch = new ArrayList<>();
        body.path("signals").forEach(batch::add);
        if (batch.isEmpty() || batch.size() > 500) {
            throw new IllegalArgumentException("a batch holds 1..500 signals, got " + batch.size());
        }
        for (JsonNode s : batch) {
            for (String field : List.of("id", "strategy_id", "symbol", "date", "direction", "price")) {
                if (s.path(field).isMissingNode() || s.path(field).isNull()) {
                    throw new IllegalArgumentException("a signal lacks '" + field + "'");
                }
            }
        }
        int repeated = signals.store(batch);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accepted", batch.stream().map(s -> s.get("id").asString()).toList());
        m.put("duplicates", repeated);
        String answer = JSON.writeValueAsString(m);
        signals.remember(key, sha256(raw), answer);
        return answer;
    }

    private void checkRetryAfterHonoured() {
        long at = last429.getAndSet(-1);
        if (at >= 0 && System.nanoTime() - at < Duration.ofSeconds(1).toNanos()) {
            retryAfterViolations.incrementAndGet();
        }
    }

    private void readSignals(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI());
        long since = Long.parseLong(q.getOrDefault("since", "0"));
        int limit = Math.clamp(Integer.parseInt(q.getOrDefault("limit", "500")), 1, 1000);
        List<SignalStore.Stored> page = signals.since(since, limit);
        List<JsonNode> docs = page.stream().map(s -> (JsonNode) ((tools.jackson.databind.node.ObjectNode) s.signal().deepCopy())
                .put("seq", s.seq())).toList();
        send(ex, 200, Map.of("signals", docs, "next_since", page.isEmpty() ? since : page.getLast().seq()));
    }

    private void webhook(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!stripe.verify(body, ex.getRequestHeaders().getFirst("Stripe-Signature"), clock.instant())) {
            error(ex, 400, "bad_signature", "the Stripe-Signature header does not verify");
            return;
        }
        JsonNode event = JSON.readTree(body);
        if (!event.path("type").asString("").startsWith("customer.subscription.")) {
            send(ex, 200, Map.of("ignored", event.path("type").asString("")));
            return;
        }
        JsonNode object = event.path("data").path("object");
        String status = switch (object.path("status").asString("")) {
            case "trialing" -> "trial";
            case "active" -> "active";
            case "past_due" -> "past_due";
            case "canceled" -> "canceled";
            default -> "expired";
        };
        accounts.setPlan(object.path("customer_email").asString(""), status,
                Instant.ofEpochSecond(object.path("current_period_end").asLong()));
        send(ex, 200, Map.of("applied", status));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> m = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                m.put(kv[0], kv.length == 2 ? kv[1] : "");
            }
        }
        return m;
    }

    private static void error(HttpExchange ex, int status, String code, String message) throws IOException {
        send(ex, status, Map.of("error", code, "message", message));
    }

    private static void send(HttpExchange ex, int status, Object document) throws IOException {
        sendRaw(ex, status, JSON.writeValueAsString(document));
    }

    private static void sendRaw(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }
}
