package dev.sextant.cloud.sync;

import dev.sextant.app.api.PluginSettings;
import dev.sextant.cloud.sync.client.ApiException;
import dev.sextant.cloud.sync.client.AuthApi;
import dev.sextant.cloud.sync.client.BaseUrl;
import dev.sextant.cloud.sync.client.Session;
import dev.sextant.cloud.sync.client.Subscription;
import dev.sextant.cloud.sync.client.SyncApiClient;
import dev.sextant.cloud.sync.outbox.OutboxSender;
import dev.sextant.cloud.sync.outbox.Pause;
import dev.sextant.cloud.sync.outbox.SyncOutcome;
import dev.sextant.cloud.sync.outbox.SyncState;
import dev.sextant.cloud.sync.token.TokenStore;
import dev.sextant.engine.spi.SignalOutbox;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * The cloud-sync service the CLI and the Account panel call: sign in and out, status, push, and
 * the billing URLs. Sync is off until a sign-in succeeds; signing out wipes the tokens and stops
 * queuing. Each push first queues saved signals that are not queued yet, then drains the outbox.
 */
public final class CloudSync {

    /** The plugin's id: its settings are kept under {@code plugin.cloud-sync.*}. */
    public static final String PLUGIN_ID = "cloud-sync";

    private final PluginSettings settings;
    private final SignalOutbox outbox;
    private final Function<BaseUrl, TokenStore> tokenStores;
    private final SyncOptions options;
    private final Pause pause;
    private final Clock clock;
    private OkHttpClient http; // built on the first connection: its TLS set-up costs every command's start otherwise
    private Connection connection;

    /** The API objects for one base URL. */
    private record Connection(BaseUrl base, Session session, SyncApiClient api, TokenStore tokens) {
    }

    public CloudSync(PluginSettings settings, SignalOutbox outbox, Function<BaseUrl, TokenStore> tokenStores,
            SyncOptions options, Pause pause, Clock clock) {
        this.settings = settings;
        this.outbox = outbox;
        this.tokenStores = tokenStores;
        this.options = options;
        this.pause = pause;
        this.clock = clock;
    }

    /** Signs in at {@code baseUrl} and switches sync on. */
    public synchronized void login(String baseUrl, String email, String password) throws IOException, ApiException {
        Connection c = connect(BaseUrl.parse(baseUrl));
        c.session().login(email, password);
        switchOn(c, email);
    }

    /** Creates an account at {@code baseUrl}, signs in and switches sync on. */
    public synchronized void register(String baseUrl, String email, String password) throws IOException, ApiException {
        Connection c = connect(BaseUrl.parse(baseUrl));
        c.session().register(email, password);
        switchOn(c, email);
    }

    private void switchOn(Connection c, String email) {
        settings.set(SyncSettings.BASE_URL, c.base().toString());
        settings.set(SyncSettings.USER, email);
        outbox.setQueuing(true);
        settings.set(SyncSettings.STATE, "signed in");
        settings.set(SyncSettings.LAST_ERROR, "");
    }

    /** Switches sync off and wipes the tokens here; revokes the session on the server when reachable. */
    public synchronized void logout() throws IOException {
        outbox.setQueuing(false);
        settings.set(SyncSettings.STATE, SyncState.SIGNED_OUT.name().toLowerCase(java.util.Locale.ROOT));
        Optional<Connection> c = current();
        if (c.isPresent()) {
            c.get().session().logout();
        }
    }

    /** The base URL of the latest sign-in, or empty. */
    public String lastBaseUrl() {
        return settings.get(SyncSettings.BASE_URL).orElse("");
    }

    /** The e-mail of the latest sign-in, or empty. */
    public String lastUser() {
        return settings.get(SyncSettings.USER).orElse("");
    }

    public synchronized boolean enabled() {
        return outbox.queuing();
    }

    /** How long a push a user waits for keeps retrying before it reports the failure (the signals stay queued). */
    public static final Duration INTERACTIVE_PATIENCE = Duration.ofSeconds(10);

    /** Queues saved signals that are not queued yet, then sends what waits, retrying as the options say. */
    public synchronized SyncOutcome push() throws IOException, InterruptedException {
        return pushWithin(OutboxSender.UNTIL_FAILURES_RUN_OUT);
    }

    /** As {@link #push()}, but stops retrying once waiting longer would pass {@code patience}. */
    public synchronized SyncOutcome pushWithin(Duration patience) throws IOException, InterruptedException {
        Connection c = current().orElseThrow(() -> new IOException("cloud sync is not set up: run 'sync login' first"));
        outbox.enqueueUnqueued();
        SyncOutcome outcome;
        if (!c.session().signedIn()) {
            outcome = new SyncOutcome(SyncState.SIGNED_OUT, 0, "not signed in: run 'sync login'");
        } else {
            outcome = new OutboxSender(outbox, c.api(), options.backoff(), pause, clock, options.batchSize(),
                    options.maxConsecutiveFailures(), patience).drain();
        }
        record(outcome);
        return outcome;
    }

    public synchronized SyncStatus status() throws IOException {
        Optional<Connection> c = current();
        Optional<Subscription> subscription = Optional.empty();
        String problem = "";
        boolean signedIn = false;
        if (c.isEmpty()) {
            problem = "not set up";
        } else if (!(signedIn = c.get().session().signedIn())) {
            problem = "not signed in";
        } else {
            try {
                subscription = Optional.of(c.get().api().subscription());
            } catch (ApiException | IOException e) {
                problem = "cannot ask the server: " + e.getMessage();
            }
        }
        return new SyncStatus(signedIn, settings.get(SyncSettings.USER).orElse(""),
                settings.get(SyncSettings.BASE_URL).orElse(""), subscription, problem, outbox.pendingCount(),
                outbox.deliveredCount(), settings.get(SyncSettings.LAST_SUCCESS).filter(s -> !s.isEmpty()).map(Instant::parse),
                settings.get(SyncSettings.STATE).orElse("off"), settings.get(SyncSettings.LAST_ERROR).orElse(""),
                c.map(x -> x.tokens().describe()).orElse(""));
    }

    /** The Stripe Checkout URL to subscribe. */
    public synchronized String checkoutUrl() throws IOException, ApiException {
        return signedInApi().checkoutUrl();
    }

    /** The Stripe customer-portal URL to manage billing. */
    public synchronized String portalUrl() throws IOException, ApiException {
        return signedInApi().portalUrl();
    }

    private SyncApiClient signedInApi() throws IOException {
        return current().orElseThrow(() -> new IOException("cloud sync is not set up: run 'sync login' first")).api();
    }

    private void record(SyncOutcome outcome) {
        settings.set(SyncSettings.STATE, outcome.state().name().toLowerCase(java.util.Locale.ROOT));
        if (outcome.state() == SyncState.UP_TO_DATE) {
            settings.set(SyncSettings.LAST_SUCCESS, clock.instant().toString());
        } else {
            settings.set(SyncSettings.LAST_ERROR, clock.instant() + " " + outcome.message());
        }
    }

    private Optional<Connection> current() {
        Optional<String> url = settings.get(SyncSettings.BASE_URL);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(connect(BaseUrl.parse(url.get())));
    }

    private Connection connect(BaseUrl base) {
        if (connection == null || !connection.base().equals(base)) {
            if (http == null) {
                http = new OkHttpClient.Builder()
                        .connectTimeout(options.connectTimeout())
                        .readTimeout(options.readTimeout())
                        .writeTimeout(options.readTimeout())
                        .retryOnConnectionFailure(false)
                        .build();
            }
            TokenStore tokens = tokenStores.apply(base);
            Session session = new Session(new AuthApi(base, http, clock), tokens, clock);
            connection = new Connection(base, session, new SyncApiClient(base, http, session, clock), tokens);
        }
        return connection;
    }
}
