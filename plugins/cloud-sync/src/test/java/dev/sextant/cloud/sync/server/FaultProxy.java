package dev.sextant.cloud.sync.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@link FaultPlan} in front of a real server: a loopback proxy that forwards every request and injects the
 * plan's faults into {@code POST /v1/signals}, the same faults {@link ReferenceServer} injects into itself. Faults
 * that happen after the batch (dropped answer, kill, slowness) act after the real server stored and answered it.
 */
public final class FaultProxy implements AutoCloseable {

    private static final List<String> FORWARDED = List.of("Authorization", "Content-Type", "Idempotency-Key", "Stripe-Signature");

    private final URI target;
    private final FaultPlan faults;
    private final Duration slowDelay;
    private final Runnable expireToken;
    private final HttpServer http;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger retryAfterViolations = new AtomicInteger();
    private final AtomicInteger answersLost = new AtomicInteger();
    private final AtomicInteger keyReplays = new AtomicInteger();
    private final Set<String> answeredKeys = ConcurrentHashMap.newKeySet();
    private final AtomicLong last429 = new AtomicLong(-1);
    private volatile Runnable killClient = () -> {
        throw new IllegalStateException("no client to kill");
    };
    private volatile Runnable lapse = () -> {
        throw new IllegalStateException("no lapse action set");
    };

    /** {@code expireToken} makes the server's clock jump past the access token's lifetime. */
    public FaultProxy(URI target, FaultPlan faults, Duration slowDelay, Runnable expireToken) {
        this.target = target;
        this.faults = faults;
        this.slowDelay = slowDelay;
        this.expireToken = expireToken;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        http.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
    }

    public FaultPlan faults() {
        return faults;
    }

    public void onKillClient(Runnable action) {
        this.killClient = action;
    }

    public void onLapse(Runnable action) {
        this.lapse = action;
    }

    public int retryAfterViolations() {
        return retryAfterViolations.get();
    }

    public int answersLost() {
        return answersLost.get();
    }

    /** Batches sent again with a key the server had answered before (the server replays its first answer). */
    public int keyReplays() {
        return keyReplays.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            boolean push = ex.getRequestMethod().equals("POST") && ex.getRequestURI().getPath().equals("/v1/signals");
            Optional<Fault> fault = Optional.empty();
            if (push) {
                checkRetryAfterHonoured();
                fault = faults.next();
                if (fault.isPresent()) {
                    switch (fault.get()) {
                        case DROP_BEFORE -> {
                            return; // closing the exchange without headers drops the connection
                        }
                        case ERROR_500 -> {
                            reply(ex, 500, Map.of(), "{\"error\":\"internal\",\"message\":\"injected failure\"}");
                            return;
                        }
                        case ERROR_503 -> {
                            reply(ex, 503, Map.of(), "{\"error\":\"unavailable\",\"message\":\"injected failure\"}");
                            return;
                        }
                        case TOO_MANY_REQUESTS -> {
                            reply(ex, 429, Map.of("Retry-After", "1"), "{\"error\":\"rate_limited\",\"message\":\"slow down\"}");
                            last429.set(System.nanoTime());
                            return;
                        }
                        case EXPIRE_TOKEN -> expireToken.run();
                        case LAPSE_SUBSCRIPTION -> lapse.run();
                        default -> {
                            // DROP_AFTER, SLOW and KILL_CLIENT act after the server answered
                        }
                    }
                }
            }
            HttpResponse<String> answer = forward(ex, body);
            if (push && answer.statusCode() == 200) {
                String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
                if (!answeredKeys.add(key)) {
                    keyReplays.incrementAndGet();
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
            }
            reply(ex, answer.statusCode(), answer.headers().firstValue("Retry-After").map(v -> Map.of("Retry-After", v)).orElse(Map.of()),
                    answer.body());
        }
    }

    private HttpResponse<String> forward(HttpExchange ex, byte[] body) throws IOException {
        String pathAndQuery = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        HttpRequest.Builder b = HttpRequest.newBuilder(target.resolve(pathAndQuery.substring(1))).timeout(Duration.ofSeconds(30))
                .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String h : FORWARDED) {
            String v = ex.getRequestHeaders().getFirst(h);
            if (v != null) {
                b.header(h, v);
            }
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding", e);
        }
    }

    private static void reply(HttpExchange ex, int status, Map<String, String> headers, String body) throws IOException {
        headers.forEach(ex.getResponseHeaders()::set);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private void checkRetryAfterHonoured() {
        long at = last429.getAndSet(-1);
        if (at >= 0 && System.nanoTime() - at < Duration.ofSeconds(1).toNanos()) {
            retryAfterViolations.incrementAndGet();
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
