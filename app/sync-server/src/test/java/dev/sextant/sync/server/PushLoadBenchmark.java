package dev.sextant.sync.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.sync.server.api.SyncApi;
import dev.sextant.sync.server.billing.SimulatedWebhook;
import dev.sextant.sync.server.postgres.LocalPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22's load figure, not a timed test: 20 concurrent clients (one account each, subscribed) push batches of 10
 * new signals, each batch with a fresh Idempotency-Key, for 60 s ({@code -Dbench.seconds=N}) against the server on
 * the embedded PostgreSQL. Prints signals/s, requests/s, p50 and p99 latency and errors, then checks that every
 * signal answered 200 is stored (0 lost). Run: {@code ./mvnw -pl app/sync-server -am test -Dsyncserver.excludedGroups=
 * -Dgroups=benchmark -Dtest=PushLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class PushLoadBenchmark {

    private static final int CLIENTS = 20;
    private static final int BATCH = 10;

    @TempDir
    Path dir;

    /** What one client did. */
    private record Run(long[] latenciesNanos, int requests, int errors, int storedSignals, Map<String, Integer> errorKinds) {
    }

    @Test
    void twentyClientsPushBatchesOfTen() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        Duration length = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
        String secret = "whsec_bench";
        try (LocalPostgres postgres = LocalPostgres.start(dir.resolve("pg"), false);
                SyncServer server = SyncServer.start(new SyncServer.Options(dir.resolve("server"), "127.0.0.1", 0,
                        Optional.of(postgres.jdbcUrl()), false, Optional.empty(),
                        Map.of(ServerSecrets.JWT_SECRET, "a-benchmark-signing-key-long-enough-0123456", ServerSecrets.WEBHOOK_SECRET, secret),
                        Clock.systemUTC(), new SyncApi.Limits(1000, Duration.ofMinutes(1), 5, Duration.ofMinutes(15)), Duration.ofMinutes(15)))) {
            ApiClient api = new ApiClient(server.url());
            List<String> tokens = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String email = "bench" + c + "@example.com";
                tokens.add(api.post("auth/register", Map.of("email", email, "password", "benchmark password"), Map.of()).body()
                        .get("access_token").asString());
                SimulatedWebhook hook = SimulatedWebhook.subscription(email, "active", secret, Instant.now());
                assertThat(api.post("webhooks/stripe", hook.payload(), Map.of("Stripe-Signature", hook.signature())).status()).isEqualTo(200);
            }
            int warmedUp = warmUp(server.url(), tokens.getFirst());
            long deadline = System.nanoTime() + length.toNanos();
            long started = System.nanoTime();
            List<Run> runs = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
                List<Future<Run>> futures = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    futures.add(pool.submit(() -> push(server.url(), tokens.get(client), client, deadline)));
                }
                for (Future<Run> f : futures) {
                    runs.add(f.get());
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] all = runs.stream().flatMapToLong(r -> Arrays.stream(r.latenciesNanos())).sorted().toArray();
            int requests = runs.stream().mapToInt(Run::requests).sum();
            int errors = runs.stream().mapToInt(Run::errors).sum();
            int sent = runs.stream().mapToInt(Run::storedSignals).sum();
            int stored = 0;
            for (int c = 0; c < CLIENTS; c++) {
                stored += countStored(api, tokens.get(c));
            }
            Map<String, Integer> kinds = new java.util.TreeMap<>();
            runs.forEach(r -> r.errorKinds().forEach((k, v) -> kinds.merge(k, v, Integer::sum)));
            System.out.printf("sync-server load: %d clients x batches of %d for %.1f s: %.0f signals/s, %.0f requests/s, "
                    + "p50 %.1f ms, p99 %.1f ms, errors %d %s, signals answered 200 %d, stored %d, lost %d%n",
                    CLIENTS, BATCH, seconds, sent / seconds, requests / seconds, all[all.length / 2] / 1e6,
                    all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6, errors, kinds, sent, stored - warmedUp,
                    sent - (stored - warmedUp));
            assertThat(stored - warmedUp).as("every signal answered 200 is stored").isEqualTo(sent);
        }
    }

    /** Sends batches before the measured run (their signals are stored too); returns how many signals were accepted. */
    private static int warmUp(URI base, String token) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int accepted = 0;
        for (int i = 0; i < 200; i++) {
            accepted += http.send(request(base, token, "warmup", i), HttpResponse.BodyHandlers.ofString()).statusCode() == 200 ? BATCH : 0;
        }
        return accepted;
    }

    private static Run push(URI base, String token, int client, long deadline) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] latencies = new long[1 << 16];
        int n = 0;
        int errors = 0;
        int stored = 0;
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        for (int batch = 0; System.nanoTime() < deadline; batch++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(request(base, token, "c" + client, batch), HttpResponse.BodyHandlers.ofString());
            long t = System.nanoTime() - t0;
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = t;
            if (r.statusCode() == 200) {
                stored += BATCH;
            } else {
                errors++;
                kinds.merge(r.statusCode() + " " + r.body().replaceAll("[0-9]+", "#"), 1, Integer::sum);
            }
        }
        return new Run(Arrays.copyOf(latencies, n), n, errors, stored, kinds);
    }

    private static HttpRequest request(URI base, String token, String prefix, int batch) {
        StringBuilder body = new StringBuilder("{\"signals\":[");
        for (int i = 0; i < BATCH; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"id\":\"").append(prefix).append('-').append(batch).append('-').append(i)
                    .append("\",\"strategy_id\":\"dwap\",\"symbol\":\"S").append(i).append("\",\"date\":\"2024-03-01\",")
                    .append("\"direction\":\"long\",\"price\":").append(10 + i).append(",\"stop\":9.5,\"strong\":false}");
        }
        body.append("]}");
        return HttpRequest.newBuilder(base.resolve("v1/signals")).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", "bench-" + prefix + "-" + batch + "-idempotency").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private static int countStored(ApiClient api, String token) {
        int count = 0;
        long since = 0;
        while (true) {
            ApiClient.Answer page = api.get("v1/signals?since=" + since + "&limit=1000", ApiClient.bearer(token));
            int n = page.body().get("signals").size();
            if (n == 0) {
                return count;
            }
            count += n;
            since = page.body().get("next_since").asLong();
        }
    }
}
