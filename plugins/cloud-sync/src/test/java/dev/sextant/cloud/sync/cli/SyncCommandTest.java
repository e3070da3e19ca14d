package dev.sextant.cloud.sync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.cloud.sync.plugin.CloudSyncPlugin;
import dev.sextant.cloud.sync.it.Webhooks;
import dev.sextant.cloud.sync.server.FaultPlan;
import dev.sextant.cloud.sync.server.ReferenceServer;
import dev.sextant.cloud.sync.ui.AccountPanelProvider;
import dev.sextant.data.db.Database;
import dev.sextant.data.outbox.JooqSyncOutbox;
import dev.sextant.data.signal.JooqSignalRepository;
import dev.sextant.engine.spi.Signal;
import dev.sextant.plugin.testkit.RecordingRegistrar;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sync status|push|login|logout|subscribe} as the plugin registers it, over a real H2 home and the reference server. */
class SyncCommandTest {

    private static final String EMAIL = "ada@example.com";
    private static final String PASSWORD = "analytical-engine-1843";
    private static final String SECRET = "whsec_cli_test";
    private static final LocalDate DAY = LocalDate.of(2024, 6, 3);

    @TempDir
    Path dir;

    private ReferenceServer server;
    private Database db;
    private RecordingRegistrar registered;

    private record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void start() {
        server = new ReferenceServer(SECRET, FaultPlan.none(), Duration.ofMinutes(15), Duration.ZERO);
        server.addUser(EMAIL, PASSWORD, "trial");
        db = Database.open(dir.resolve("home"));
        registered = new RecordingRegistrar();
        new CloudSyncPlugin().register(registered, new dev.sextant.cloud.sync.DatabaseContext(db, dir.resolve("home/plugin-data/cloud-sync")));
    }

    @AfterEach
    void stop() {
        db.close();
        server.close();
    }

    private Run sync(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(registered.commands.getFirst().newCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        InputStream was = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return new Run(cli.execute(args), out.toString(), err.toString());
        } finally {
            System.setIn(was);
        }
    }

    private void saveSignals(int from, int count) {
        List<Signal> signals = IntStream.range(from, from + count).mapToObj(i -> new Signal(Signal.idOf("dwap", "S" + i, DAY), "dwap",
                "S" + i, DAY, 20 + i, Map.of("dwap", 19.0), 1.4, 18, Double.NaN, false, i)).toList();
        new JooqSignalRepository(db.dsl(), new JooqSyncOutbox(db.dsl()).queuingWriter()).saveScan(signals, DAY, 5);
    }

    @Test
    void thePluginContributesTheSyncCommandTheAccountPanelAndASignalSink() {
        assertThat(registered.commands).extracting(c -> c.name()).containsExactly("sync");
        assertThat(registered.panels).extracting(p -> p.id()).containsExactly(AccountPanelProvider.ID);
        assertThat(registered.signalSinks).extracting(s -> s.id()).containsExactly(CloudSyncPlugin.ID);
    }

    @Test
    void beforeSigningInNothingIsQueuedAndPushSaysHowToStart() {
        saveSignals(0, 3);
        assertThat(new JooqSyncOutbox(db.dsl()).pendingCount()).isZero();
        assertThat(sync("", "status").out()).contains("(not signed in)").contains("unknown: not set up");
        Run push = sync("", "push");
        assertThat(push.exit()).isEqualTo(1);
        assertThat(push.err()).contains("sextant: sync push: cloud sync is not set up: run 'sync login' first");
    }

    @Test
    void pushToAServerThatIsDownFailsWithinTenSecondsSayingSoAndKeepsTheSignalsQueued() {
        Run login = sync(PASSWORD + "\n", "login", "--url", server.baseUrl(), "--email", EMAIL, "--password-stdin");
        assertThat(login.exit()).as(login.err()).isZero();
        saveSignals(0, 4);
        server.close();
        long started = System.nanoTime();
        Run push = sync("", "push");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(push.exit()).isEqualTo(1);
        assertThat(push.out()).contains("retrying: 0 delivered").contains("cannot reach the server").contains("stay queued");
        assertThat(seconds).as("the user waits at most the interactive patience (10 s) plus one attempt").isLessThan(12);
        assertThat(new JooqSyncOutbox(db.dsl()).pendingCount()).isEqualTo(4);
    }

    @Test
    void loginPushStatusSubscriptionGateAndLogoutFromTheCommandLine() {
        Run bad = sync("wrong-password-here\n", "login", "--url", server.baseUrl(), "--email", EMAIL, "--password-stdin");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("sextant: sync login: HTTP 401").doesNotContain("wrong-password-here");

        Run login = sync(PASSWORD + "\n", "login", "--url", server.baseUrl(), "--email", EMAIL, "--password-stdin");
        assertThat(login.exit()).as(login.err()).isZero();
        assertThat(login.out()).contains("signed in as " + EMAIL);

        saveSignals(0, 7);
        assertThat(new JooqSyncOutbox(db.dsl()).pendingCount()).as("queued in the saving transaction").isEqualTo(7);
        Run push = sync("", "push");
        assertThat(push.exit()).as(push.err()).isZero();
        assertThat(push.out()).startsWith("up to date: 7 delivered");
        assertThat(server.storedSignals()).hasSize(7);
        assertThat(sync("", "status").out()).contains(EMAIL).contains("Plan").contains("trial").contains("0 waiting, 7 delivered");

        assertThat(new Webhooks(server, SECRET).subscriptionUpdated(EMAIL, "canceled")).isEqualTo(200);
        saveSignals(7, 2);
        Run waiting = sync("", "push");
        assertThat(waiting.exit()).isEqualTo(1);
        assertThat(waiting.out()).startsWith("waiting for subscription: 0 delivered");
        assertThat(sync("", "status").out()).contains("canceled - signals wait until the plan is trial or active")
                .contains("2 waiting, 7 delivered");
        assertThat(sync("", "subscribe").out()).contains("https://checkout.stripe.com/");

        Run logout = sync("", "logout");
        assertThat(logout.exit()).isZero();
        assertThat(dir.resolve("home/plugin-data/cloud-sync/refresh-token")).doesNotExist();
        saveSignals(9, 1);
        assertThat(new JooqSyncOutbox(db.dsl()).pendingCount()).as("signing out stops queuing").isEqualTo(2);
    }

    @Test
    void aBadServerAddressIsRefusedWithTheRule() {
        Run run = sync(PASSWORD + "\n", "login", "--url", "http://example.com", "--email", EMAIL, "--password-stdin");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("sextant: sync login: ").contains("https");
    }
}
