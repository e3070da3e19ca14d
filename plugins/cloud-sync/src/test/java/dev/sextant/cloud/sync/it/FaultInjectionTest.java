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
import dev.sextant.cloud.sync.server.ReferenceServer;
import dev.sextant.cloud.sync.token.FileTokenStore;
import dev.sextant.data.db.Database;
import dev.sextant.data.outbox.JooqSyncOutbox;
import dev.sextant.data.settings.SettingsRepository;
import dev.sextant.data.signal.JooqSignalRepository;
import dev.sextant.engine.spi.Signal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Pushes 1 200 signals from a client in a child JVM to the reference server through 60 injected
 * faults, the client SIGKILLed between the server storing a batch and the client acknowledging it
 * (and restarted each time). Then: every signal is on the server exactly once, and every outbox
 * entry is delivered.
 */
class FaultInjectionTest {

    private static final String EMAIL = "ada@example.com";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String SECRET = "whsec_fault_test";
    private static final int SCANS = 12;
    private static final int PER_SCAN = 100;

    @TempDir
    Path dir;

    @Test
    void everySignalArrivesExactlyOnceThroughDropsErrorsRateLimitsSlownessExpiryLapsesAndKills() throws Exception {
        Map<Fault, Integer> counts = FaultPlan.faultTestCounts();
        Path home = dir.resolve("home");
        Path tokenFile = dir.resolve("tokens").resolve("refresh-token");
        WorkerRuns workers = new WorkerRuns();
        ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor();

        try (ReferenceServer server = new ReferenceServer(SECRET, new FaultPlan(counts, 20240301L), Duration.ofMinutes(15),
                Duration.ofMillis(900))) {
            server.addUser(EMAIL, PASSWORD, "trial");
            Webhooks webhooks = new Webhooks(server, SECRET);
            server.onKillClient(workers::kill);
            server.onLapse(() -> {
                assertThat(webhooks.subscriptionUpdated(EMAIL, "past_due")).isEqualTo(200);
                renewals.schedule(() -> webhooks.subscriptionUpdated(EMAIL, "active"), 300, TimeUnit.MILLISECONDS);
            });

            Map<String, Signal> saved = signInAndSaveSignals(server, home, tokenFile);

            long started = System.nanoTime();
            workers.untilDone(home, tokenFile, dir, Duration.ofSeconds(60));
            double seconds = (System.nanoTime() - started) / 1e9;

            List<String> storeLog = server.storeLog();
            Set<String> distinct = new HashSet<>(storeLog);
            int lost = (int) saved.keySet().stream().filter(id -> !distinct.contains(id)).count();
            int duplicated = storeLog.size() - distinct.size();
            Map<String, JsonNode> readBack = readBack(server, tokenFile);
            int pending;
            int delivered;
            try (Database db = Database.open(home)) {
                JooqSyncOutbox outbox = new JooqSyncOutbox(db.dsl());
                pending = outbox.pendingCount();
                delivered = outbox.deliveredCount();
            }
            int faults = server.faults().total();
            System.out.printf("cloud-sync fault test: N=%d signals, F=%d faults %s, %d kills (%d client starts), "
                    + "%d stored batches whose answer was lost, %d re-sent batches answered from the Idempotency-Key record, "
                    + "%d re-sent signals absorbed by id; lost=%d, duplicated=%d; %.1f s%n",
                    saved.size(), faults, server.faults().injected(), workers.kills(), workers.starts(), server.answersLost(),
                    server.keyReplays(), server.repeatsAbsorbed(), lost, duplicated, seconds);

            assertThat(saved).hasSizeGreaterThanOrEqualTo(1000);
            assertThat(faults).isGreaterThanOrEqualTo(50);
            assertThat(server.faults().exhausted()).isTrue();
            assertThat(server.faults().injected()).containsOnlyKeys(counts.keySet());
            assertThat(workers.kills()).isEqualTo(counts.get(Fault.KILL_CLIENT));
            assertThat(lost).isZero();
            assertThat(duplicated).isZero();
            assertThat(storeLog).hasSize(saved.size());
            assertThat(readBack.keySet()).isEqualTo(saved.keySet());
            readBack.forEach((id, doc) -> {
                assertThat(doc.get("symbol").asString()).isEqualTo(saved.get(id).symbol());
                assertThat(doc.get("price").asDouble()).isEqualTo(saved.get(id).price());
            });
            assertThat(pending).isZero();
            assertThat(delivered).isEqualTo(saved.size());
            assertThat(server.answersLost()).as("batches stored whose answer was lost").isGreaterThan(0);
            assertThat(server.keyReplays()).as("every batch whose answer was lost was sent again with its key")
                    .isGreaterThanOrEqualTo(server.answersLost());
            assertThat(server.retryAfterViolations()).as("requests sooner than Retry-After").isZero();
            assertThat(server.subscriptionStatus(EMAIL)).isEqualTo("active");
        } finally {
            renewals.shutdownNow();
            workers.stop();
        }
    }

    /** Signs in (refresh token to the file), then saves 12 scans of 100 signals, each queued in its saving transaction. */
    private static Map<String, Signal> signInAndSaveSignals(ReferenceServer server, Path home, Path tokenFile) throws Exception {
        Map<String, Signal> saved = new HashMap<>();
        try (Database db = Database.open(home)) {
            CloudSync sync = new CloudSync(new DatabaseSettings(new SettingsRepository(db.dsl())), new JooqSyncOutbox(db.dsl()),
                    base -> new FileTokenStore(tokenFile), SyncWorker.OPTIONS, Pause.SLEEP, Clock.systemUTC());
            sync.login(server.baseUrl(), EMAIL, PASSWORD);
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
            assertThat(new JooqSyncOutbox(db.dsl()).pendingCount()).isEqualTo(saved.size());
        }
        return saved;
    }


    /** Every signal the server holds, read back page by page through the client API. */
    private static Map<String, JsonNode> readBack(ReferenceServer server, Path tokenFile) throws Exception {
        BaseUrl base = BaseUrl.parse(server.baseUrl());
        OkHttpClient http = new OkHttpClient();
        Session session = new Session(new AuthApi(base, http, Clock.systemUTC()), new FileTokenStore(tokenFile), Clock.systemUTC());
        SyncApiClient api = new SyncApiClient(base, http, session, Clock.systemUTC());
        Map<String, JsonNode> all = new HashMap<>();
        long since = 0;
        while (true) {
            SignalPage page = api.signalsSince(since, 250);
            if (page.signals().isEmpty()) {
                return all;
            }
            page.signals().forEach(s -> assertThat(all.put(s.get("id").asString(), s)).as("read back once").isNull());
            since = page.nextSince();
        }
    }

}
