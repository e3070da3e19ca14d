package dev.sextant.cloud.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.sextant.cloud.sync.client.ApiException;
import dev.sextant.cloud.sync.client.SubscriptionStatus;
import dev.sextant.cloud.sync.it.Webhooks;
import dev.sextant.cloud.sync.outbox.Backoff;
import dev.sextant.cloud.sync.outbox.SyncOutcome;
import dev.sextant.cloud.sync.outbox.SyncState;
import dev.sextant.cloud.sync.server.FaultPlan;
import dev.sextant.cloud.sync.server.ReferenceServer;
import dev.sextant.cloud.sync.token.FileTokenStore;
import dev.sextant.data.db.Database;
import dev.sextant.data.outbox.JooqSyncOutbox;
import dev.sextant.engine.settings.Setting;
import dev.sextant.data.settings.SettingsRepository;
import dev.sextant.data.signal.JooqSignalRepository;
import dev.sextant.engine.spi.Signal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Sign-in, status, the subscription gate, sign-out and token hygiene against the reference server. */
class AccountFlowTest {

    private static final String EMAIL = "grace@example.com";
    private static final String PASSWORD = "hunter2-but-longer";
    private static final String SECRET = "whsec_account_test";
    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    @TempDir
    Path dir;

    private ReferenceServer server;
    private Webhooks webhooks;
    private Database db;
    private CloudSync sync;
    private Path tokenFile;
    private final List<Duration> waits = new ArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Level rootLevel;

    @BeforeEach
    void start() {
        // every event reaches the list (the test checks that no secret is logged); the console appender of
        // logback-test.xml still shows only INFO and above
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        logs.start();
        root.addAppender(logs);
        server = new ReferenceServer(SECRET, FaultPlan.none(), Duration.ofMinutes(15), Duration.ZERO);
        server.addUser(EMAIL, PASSWORD, "trial");
        webhooks = new Webhooks(server, SECRET);
        db = Database.open(dir.resolve("home"));
        tokenFile = dir.resolve("tokens").resolve("refresh-token");
        SyncOptions options = new SyncOptions(10, new Backoff(Duration.ofMillis(10), Duration.ofMillis(100), new Random(3)), 3,
                Duration.ofSeconds(5), Duration.ofSeconds(5));
        sync = new CloudSync(new DatabaseSettings(new SettingsRepository(db.dsl())), new JooqSyncOutbox(db.dsl()), base -> new FileTokenStore(tokenFile),
                options, waits::add, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        db.close();
        server.close();
    }

    private void saveSignals(int count) {
        List<Signal> signals = IntStream.range(0, count).mapToObj(i -> new Signal(Signal.idOf("dwap", "T" + i, DAY), "dwap", "T" + i,
                DAY, 50 + i, Map.of("dwap", 48.0), 1.2, 45, Double.NaN, false, i)).toList();
        new JooqSignalRepository(db.dsl(), new JooqSyncOutbox(db.dsl()).queuingWriter()).saveScan(signals, DAY, 5);
    }

    @Test
    void signingInKeepsTheRefreshTokenInTheFileAndTheStatusShowsUserPlanAndOutbox() throws Exception {
        sync.login(server.baseUrl(), EMAIL, PASSWORD);
        saveSignals(3);

        SyncStatus status = sync.status();
        assertThat(status.signedIn()).isTrue();
        assertThat(status.user()).isEqualTo(EMAIL);
        assertThat(status.subscription()).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(SubscriptionStatus.TRIAL);
            assertThat(s.periodEnd()).isPresent();
        });
        assertThat(status.outboxSize()).isEqualTo(3);
        assertThat(status.lastSuccess()).isEmpty();
        assertThat(status.tokenStorage()).contains(tokenFile.toString());
        assertThat(Files.readString(tokenFile)).startsWith("rt_");
        assertThat(sync.enabled()).isTrue();
    }

    @Test
    void anExpiredAccessTokenIsRefreshedWithoutTheCallerNoticing() throws Exception {
        sync.login(server.baseUrl(), EMAIL, PASSWORD);
        int issued = server.issuedAccessTokens().size();
        server.clock().advance(Duration.ofMinutes(16));

        saveSignals(4);
        SyncOutcome outcome = sync.push();

        assertThat(outcome.state()).isEqualTo(SyncState.UP_TO_DATE);
        assertThat(outcome.delivered()).isEqualTo(4);
        assertThat(server.issuedAccessTokens()).hasSize(issued + 1);
        assertThat(waits).as("no retry was needed").isEmpty();
    }

    @Test
    void signalsWaitWhileTheSubscriptionLapsedAndGoOutWhenASignedWebhookRenewsIt() throws Exception {
        sync.login(server.baseUrl(), EMAIL, PASSWORD);
        saveSignals(25);
        assertThat(webhooks.subscriptionUpdated(EMAIL, "past_due")).isEqualTo(200);

        SyncOutcome waiting = sync.push();
        assertThat(waiting.state()).isEqualTo(SyncState.WAITING_FOR_SUBSCRIPTION);
        assertThat(waiting.message()).contains("past_due").contains("Subscribe");
        assertThat(sync.status().outboxSize()).isEqualTo(25);
        assertThat(sync.status().lastError()).contains("past_due");

        assertThat(webhooks.forged(EMAIL, "active")).isEqualTo(400);
        assertThat(server.subscriptionStatus(EMAIL)).isEqualTo("past_due");
        assertThat(webhooks.subscriptionUpdated(EMAIL, "active")).isEqualTo(200);

        SyncOutcome sent = sync.push();
        assertThat(sent.state()).isEqualTo(SyncState.UP_TO_DATE);
        assertThat(sent.delivered()).isEqualTo(25);
        SyncStatus status = sync.status();
        assertThat(status.outboxSize()).isZero();
        assertThat(status.delivered()).isEqualTo(25);
        assertThat(status.lastSuccess()).isPresent();
        assertThat(status.subscription().orElseThrow().status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void aForbiddenAccountStopsWithAClearStateAndKeepsTheSignals() throws Exception {
        sync.login(server.baseUrl(), EMAIL, PASSWORD);
        saveSignals(5);
        server.suspend(EMAIL);

        SyncOutcome outcome = sync.push();

        assertThat(outcome.state()).isEqualTo(SyncState.FORBIDDEN);
        assertThat(outcome.state().needsUser()).isTrue();
        assertThat(outcome.message()).contains("may not push").contains("403");
        assertThat(sync.status().outboxSize()).isEqualTo(5);
        assertThat(waits).isEmpty();
    }

    @Test
    void anExpiredRefreshTokenEndsTheSignInAndWipesIt() throws Exception {
        sync.login(server.baseUrl(), EMAIL, PASSWORD);
        saveSignals(2);
        server.clock().advance(Duration.ofDays(8));

        SyncOutcome outcome = sync.push();

        assertThat(outcome.state()).isEqualTo(SyncState.SIGNED_OUT);
        assertThat(outcome.message()).contains("sync login");
        assertThat(tokenFile).doesNotExist();
        assertThat(sync.status().signedIn()).isFalse();
    }

    @Test
    void signingOutWipesTheTokensHereRevokesThemThereAndStopsQueuing() throws Exception {
        sync.login(server.baseUrl(), EMAIL, PASSWORD);
        assertThat(server.liveRefreshTokens()).isEqualTo(1);

        sync.logout();

        assertThat(tokenFile).doesNotExist();
        assertThat(server.liveRefreshTokens()).isZero();
        assertThat(sync.enabled()).isFalse();
        assertThat(sync.status().signedIn()).isFalse();
        assertThat(sync.push().state()).isEqualTo(SyncState.SIGNED_OUT);
    }

    @Test
    void wrongPasswordIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> sync.login(server.baseUrl(), EMAIL, "not-the-password-42"))
                .isInstanceOf(ApiException.class).hasMessageContaining("401").hasMessageNotContaining("not-the-password-42");
        assertThat(tokenFile).doesNotExist();
        assertThat(sync.enabled()).isFalse();
    }

    @Test
    void billingLinksAreStripeUrls() throws Exception {
        sync.login(server.baseUrl(), EMAIL, PASSWORD);
        assertThat(sync.checkoutUrl()).startsWith("https://checkout.stripe.com/");
        assertThat(sync.portalUrl()).startsWith("https://billing.stripe.com/");
    }

    @Test
    void noTokenEverReachesTheLogTheSettingsOrTheOutbox() throws Exception {
        sync.login(server.baseUrl(), EMAIL, PASSWORD);
        String refresh = Files.readString(tokenFile);
        saveSignals(12);
        server.clock().advance(Duration.ofMinutes(16));
        sync.push();
        sync.status();
        server.suspend(EMAIL);
        saveSignals(13);
        sync.push();
        sync.logout();

        List<String> secrets = new ArrayList<>(server.issuedAccessTokens());
        secrets.add(refresh);
        secrets.add(PASSWORD);
        assertThat(server.issuedAccessTokens()).hasSizeGreaterThanOrEqualTo(2);
        List<String> logged = logs.list.stream().map(e -> e.getFormattedMessage() + " "
                + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage())).toList();
        assertThat(logged).isNotEmpty();
        List<String> settings = new SettingsRepository(db.dsl()).list().stream().map(Setting::value).toList();
        List<String> outboxErrors = db.dsl().fetch("select last_error from sync_outbox where last_error is not null")
                .getValues(0, String.class);
        for (String secret : secrets) {
            assertThat(logged).noneMatch(line -> line.contains(secret));
            assertThat(settings).noneMatch(value -> value.contains(secret));
            assertThat(outboxErrors).noneMatch(value -> value.contains(secret));
        }
    }
}
