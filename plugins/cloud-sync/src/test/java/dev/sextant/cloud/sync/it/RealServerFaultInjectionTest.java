package dev.sextant.cloud.sync.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.cloud.sync.CloudSync;
import dev.sextant.cloud.sync.DatabaseSettings;
import dev.sextant.cloud.sync.client.AuthApi;
import dev.sextant.cloud.sync.client.BaseUrl;
import dev.sextant.cloud.sync.client.Session;
import dev.sextant.cloud.sync.client.SignalPage;
import dev.sextant.cloud.sync.client.SyncApiClient;
import dev.sextant.cloud.sync.outbox.Pause;
import dev.sextant.cloud.sync.server.Fault;
import dev.sextant.cloud.sync.server.FaultPlan;
import dev.sextant.cloud.sync.server.FaultProxy;
import dev.sextant.cloud.sync.server.ServerClock;
import dev.sextant.cloud.sync.token.FileTokenStore;
import dev.sextant.data.db.Database;
import dev.sextant.data.outbox.JooqSyncOutbox;
import dev.sextant.data.settings.SettingsRepository;
import dev.sextant.data.signal.JooqSignalRepository;
import dev.sextant.engine.spi.Signal;
import dev.sextant.sync.server.ServerSecrets;
import dev.sextant.sync.server.SyncServer;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FaultInjectionTest}'s fault plan again, against the real sync server on PostgreSQL (through a
 * {@link FaultProxy}): 1 200 signals from a client in a child JVM through drops, 500s, 503s, 429s, slowness,
 * expired tokens (the server's clock jumps 16 minutes), subscription lapses by signed webhooks, and SIGKILLs
 * between the server storing a batch and the client acknowledging it. Then every signal is on the server once.
 */
class RealServerFaultInjectionTest {

    private static final String EMAIL = "ada@example.com";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String SECRET = "whsec_real_fault_test";
    private static final int SCANS = 12;
    private static final int PER_SCAN = 100;

    @TempDir
    Path dir;

    @Test
    void everySignalIsStoredExactlyOnceThroughTheFaultPlan() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        Map<Fault, Integer> counts = FaultPlan.faultTestCounts();
        Path home = dir.resolve("home");
        Path tokenFile = dir.resolve("tokens").resolve("refresh-token");
        WorkerRuns workers = new WorkerRuns();
        ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor();
        ServerClock clock = new ServerClock();
        // The address limit (20 auth requests a minute) is tested in SyncServerTest; here every restart and every
        // expired token refreshes from the same address within a minute, so it is raised.
        SyncApi.Limits limits = new SyncApi.Limits(1000, Duration.ofMinutes(1), 5, Duration.ofMinutes(15));

        try (LocalPostgres postgres = LocalPostgres.start(dir.resolve("pg"), false);
                SyncServer server = SyncServer.start(new SyncServer.Options(dir.resolve("server"), "127.0.0.1", 0,
                        Optional.of(postgres.jdbcUrl()), false, Optional.empty(),
                        Map.of(ServerSecrets.JWT_SECRET, "a-fault-test-signing-key-long-enough-012345", ServerSecrets.WEBHOOK_SECRET, SECRET),
                        clock, limits, Duration.ofMinutes(15)));
                FaultProxy proxy = new FaultProxy(server.url(), new FaultPlan(counts, 20240301L), Duration.ofMillis(900),
                        () -> clock.advance(Duration.ofMinutes(16)))) {
            proxy.onKillClient(workers::kill);
            proxy.onLapse(() -> {
                assertThat(webhook(server.url(), clock, "past_due")).isEqualTo(200);
                renewals.schedule(() -> webhook(server.url(), clock, "active"), 300, TimeUnit.MILLISECONDS);
            });

            Map<String, Signal> saved = registerSubscribeAndSaveSignals(proxy.baseUrl(), server.url(), clock, home, tokenFile);

            long started = System.nanoTime();
            workers.untilDone(home, tokenFile, dir, Duration.ofSeconds(120));
            double seconds = (System.nanoTime() - started) / 1e9;

            Map<String, Double> readBack = readBack(proxy.baseUrl(), tokenFile);
            int lost = (int) saved.keySet().stream().filter(id -> !readBack.containsKey(id)).count();
            int pending;
            int delivered;
            try (Database db = Database.open(home)) {
                JooqSyncOutbox outbox = new JooqSyncOutbox(db.dsl());
                pending = outbox.pendingCount();
                delivered = outbox.deliveredCount();
            }
            System.out.printf("cloud-sync fault test against the real server: N=%d signals, F=%d faults %s, %d kills (%d client starts), "
                    + "%d stored batches whose answer was lost, %d batches answered again from their Idempotency-Key; "
                    + "lost=%d, stored=%d; %.1f s%n", saved.size(), proxy.faults().total(), proxy.faults().injected(), workers.kills(), workers.starts(),
                    proxy.answersLost(), proxy.keyReplays(), lost, readBack.size(), seconds);

            assertThat(proxy.faults().exhausted()).isTrue();
            assertThat(proxy.faults().total()).isGreaterThanOrEqualTo(50);
            assertThat(workers.kills()).isEqualTo(counts.get(Fault.KILL_CLIENT));
            assertThat(lost).isZero();
            assertThat(readBack).as("each signal stored once (read back once each)").hasSize(saved.size());
            readBack.forEach((id, price) -> assertThat(price).isEqualTo(saved.get(id).price()));
            assertThat(pending).isZero();
            assertThat(delivered).isEqualTo(saved.size());
            assertThat(proxy.answersLost()).isGreaterThan(0);
            assertThat(proxy.keyReplays()).as("batches whose answer was lost were sent again with their key")
                    .isGreaterThanOrEqualTo(proxy.answersLost() - counts.get(Fault.KILL_CLIENT));
            assertThat(proxy.retryAfterViolations()).isZero();
        } finally {
            renewals.shutdownNow();
            workers.stop();
        }
    }

    private static int webhook(URI server, Clock clock, String status) {
        SimulatedWebhook hook = SimulatedWebhook.subscription(EMAIL, status, SECRET, clock.instant());
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.resolve("webhooks/stripe"))
                    .header("Stripe-Signature", hook.signature()).POST(HttpRequest.BodyPublishers.ofString(hook.payload())).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Signal> registerSubscribeAndSaveSignals(String proxyUrl, URI server, Clock clock, Path home,
            Path tokenFile) throws Exception {
        Map<String, Signal> saved = new HashMap<>();
        try (Database db = Database.open(home)) {
            CloudSync sync = new CloudSync(new DatabaseSettings(new SettingsRepository(db.dsl())), new JooqSyncOutbox(db.dsl()),
                    base -> new FileTokenStore(tokenFile), SyncWorker.OPTIONS_FOR_BCRYPT, Pause.SLEEP, Clock.systemUTC());
            sync.register(proxyUrl, EMAIL, PASSWORD);
            assertThat(webhook(server, clock, "trialing")).isEqualTo(200);
            JooqSignalRepository signals = new JooqSignalRepository(db.dsl(), new JooqSyncOutbox(db.dsl()).queuingWriter());
            for (int scan = 0; scan < SCANS; scan++) {
                LocalDate day = LocalDate.of(2024, 1, 2).plusDays(scan);
                List<Signal> batch = new ArrayList<>();
                for (int i = 0; i < PER_SCAN; i++) {
                    String symbol = "S%04d".formatted(scan * PER_SCAN + i);
                    Signal s = new Signal(Signal.idOf("fault-test", symbol, day), "fault-test", symbol, day, 10 + i * 0.25,
                            Map.of("dwap", 9.5 + i * 0.25), 1.5, 9.0, 12.0, i % 3 == 0, i);
                    batch.add(s);
                    saved.put(s.id(), s);
                }
                assertThat(signals.saveScan(batch, day, 5).added()).isEqualTo(PER_SCAN);
            }
        }
        return saved;
    }


    private static Map<String, Double> readBack(String url, Path tokenFile) throws Exception {
        BaseUrl base = BaseUrl.parse(url);
        OkHttpClient http = new OkHttpClient();
        Session session = new Session(new AuthApi(base, http, Clock.systemUTC()), new FileTokenStore(tokenFile), Clock.systemUTC());
        SyncApiClient api = new SyncApiClient(base, http, session, Clock.systemUTC());
        Map<String, Double> all = new HashMap<>();
        long since = 0;
        while (true) {
            SignalPage page = api.signalsSince(since, 250);
            if (page.signals().isEmpty()) {
                return all;
            }
            page.signals().forEach(s -> assertThat(all.put(s.get("id").asString(), s.get("price").asDouble())).as("read back once").isNull());
            since = page.nextSince();
        }
    }
}
