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
import dev.sextant.cloud.sync.outbox.SyncOutcome;
import dev.sextant.cloud.sync.outbox.SyncState;
import dev.sextant.cloud.sync.token.FileTokenStore;
import dev.sextant.data.db.Database;
import dev.sextant.data.outbox.JooqSyncOutbox;
import dev.sextant.data.settings.SettingsRepository;
import dev.sextant.data.signal.JooqSignalRepository;
import dev.sextant.engine.spi.Signal;
import dev.sextant.sync.server.ServerSecrets;
import dev.sextant.sync.server.SyncServer;
import dev.sextant.sync.server.SyncServerMain;
import dev.sextant.sync.server.billing.SimulatedWebhook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workstation's sync plugin (a real H2 home, a real outbox) against the real sync server started as a process
 * of its own on loopback, with its embedded PostgreSQL: two accounts, one subscribed by a signed webhook; the other is refused with 402 until it
 * subscribes, then its colliding signal id is stored for it; neither reads the other's signals.
 */
class RealServerEndToEndTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    @Test
    void eachAccountStoresAndReadsOnlyItsOwnSignalsAndTheGateHoldsUntilItSubscribes() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        Path folder = dir.resolve("server");
        Process server = startServerProcess(folder);
        try {
            URI base = URI.create(awaitReady(server));
            String secret = secretOf(folder);
            String url = base.toString();
            Workstation a = new Workstation(dir.resolve("a"));
            Workstation b = new Workstation(dir.resolve("b"));
            a.sync.register(url, "ada@example.com", PASSWORD);
            b.sync.register(url, "bob@example.com", PASSWORD);
            assertThat(subscribe(base, secret, "ada@example.com")).isEqualTo(200);

            Map<String, Signal> savedA = a.save("A", 30, 10.0);
            Map<String, Signal> savedB = b.save("B", 5, 50.0);
            Signal colliding = b.saveOne(savedA.values().iterator().next(), 99.0);

            SyncOutcome pushedA = a.sync.push();
            SyncOutcome refusedB = b.sync.push();
            assertThat(pushedA.state()).isEqualTo(SyncState.UP_TO_DATE);
            assertThat(pushedA.delivered()).isEqualTo(30);
            assertThat(refusedB.state()).as("402 for the account without a subscription").isEqualTo(SyncState.WAITING_FOR_SUBSCRIPTION);
            assertThat(b.read(url)).as("nothing of B is stored while refused").isEmpty();

            assertThat(subscribe(base, secret, "bob@example.com")).isEqualTo(200);
            SyncOutcome pushedB = b.sync.push();
            assertThat(pushedB.state()).isEqualTo(SyncState.UP_TO_DATE);
            assertThat(pushedB.delivered()).isEqualTo(6);

            Map<String, Double> readA = a.read(url);
            Map<String, Double> readB = b.read(url);
            assertThat(readA.keySet()).isEqualTo(savedA.keySet());
            readA.forEach((id, price) -> assertThat(price).isEqualTo(savedA.get(id).price()));
            Map<String, Double> expectedB = new HashMap<>();
            savedB.forEach((id, s) -> expectedB.put(id, s.price()));
            expectedB.put(colliding.id(), 99.0);
            assertThat(readB).isEqualTo(expectedB);
            assertThat(readA.get(colliding.id())).as("A's signal under the colliding id is untouched").isNotEqualTo(99.0);
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("the server stops on SIGTERM").isTrue();
        }
        assertThat(Files.exists(folder.resolve(SyncServer.URL_FILE))).as("a stopped server removes its URL file").isFalse();
    }

    /** The server in a JVM of its own, local mode: it starts its embedded PostgreSQL and generates its secrets. */
    private static Process startServerProcess(Path folder) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", classpath, SyncServerMain.class.getName(), "--folder", folder.toString(),
                "--port", "0").redirectErrorStream(true).start();
    }

    /** Reads the server's output until it says it is ready; returns its URL. */
    private static String awaitReady(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.startsWith("sync server ready at ")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "server-output");
                drain.setDaemon(true);
                drain.start();
                return line.substring("sync server ready at ".length()).strip();
            }
        }
        throw new AssertionError("the server process ended before it was ready:\n" + seen);
    }

    private static String secretOf(Path folder) throws IOException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(folder.resolve(SyncServer.SECRETS_FILE))) {
            p.load(r);
        }
        assertThat(Files.getPosixFilePermissions(folder.resolve(SyncServer.SECRETS_FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        return p.getProperty(ServerSecrets.WEBHOOK_SECRET);
    }

    private static int subscribe(URI base, String secret, String email) throws Exception {
        SimulatedWebhook hook = SimulatedWebhook.subscription(email, "active", secret, Instant.now());
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("webhooks/stripe"))
                .header("Stripe-Signature", hook.signature()).POST(HttpRequest.BodyPublishers.ofString(hook.payload())).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** One workstation: its H2 home, its token file and its cloud sync. */
    private static final class Workstation {
        final Path home;
        final Path tokenFile;
        final CloudSync sync;
        final Database db;

        Workstation(Path root) {
            this.home = root.resolve("home");
            this.tokenFile = root.resolve("tokens").resolve("refresh-token");
            this.db = Database.open(home);
            this.sync = new CloudSync(new DatabaseSettings(new SettingsRepository(db.dsl())), new JooqSyncOutbox(db.dsl()),
                    base -> new FileTokenStore(tokenFile), SyncWorker.OPTIONS_FOR_BCRYPT, Pause.SLEEP, Clock.systemUTC());
        }

        Map<String, Signal> save(String prefix, int n, double basePrice) {
            LocalDate day = LocalDate.of(2024, 3, 1);
            List<Signal> batch = new ArrayList<>();
            Map<String, Signal> saved = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String symbol = prefix + "%03d".formatted(i);
                Signal s = new Signal(Signal.idOf("e2e", symbol, day), "e2e", symbol, day, basePrice + i, Map.of("dwap", 9.5), 1.5, 9.0, 12.0,
                        false, i);
                batch.add(s);
                saved.put(s.id(), s);
            }
            new JooqSignalRepository(db.dsl(), new JooqSyncOutbox(db.dsl()).queuingWriter()).saveScan(batch, day, 5);
            return saved;
        }

        /** Saves a signal with the same strategy, symbol and date as {@code like} (so the same id), at another price. */
        Signal saveOne(Signal like, double price) {
            Signal s = new Signal(like.id(), like.strategyId(), like.symbol(), like.date(), price, Map.of("dwap", 9.5), 1.5, 9.0, 12.0,
                    false, 0);
            new JooqSignalRepository(db.dsl(), new JooqSyncOutbox(db.dsl()).queuingWriter()).saveScan(List.of(s), like.date().plusDays(1), 5);
            return s;
        }

        Map<String, Double> read(String url) throws Exception {
            BaseUrl base = BaseUrl.parse(url);
            OkHttpClient http = new OkHttpClient();
            Session session = new Session(new AuthApi(base, http, Clock.systemUTC()), new FileTokenStore(tokenFile), Clock.systemUTC());
            SyncApiClient api = new SyncApiClient(base, http, session, Clock.systemUTC());
            Map<String, Double> all = new HashMap<>();
            long since = 0;
            while (true) {
                SignalPage page = api.signalsSince(since, 7);
                if (page.signals().isEmpty()) {
                    return all;
                }
                page.signals().forEach(s -> assertThat(all.put(s.get("id").asString(), s.get("price").asDouble())).isNull());
                since = page.nextSince();
            }
        }
    }
}
