package dev.sextant.sync.server;

import com.sun.net.httpserver.HttpServer;
import dev.sextant.sync.server.api.SyncApi;
import dev.sextant.sync.server.auth.AccessTokens;
import dev.sextant.sync.server.billing.Billing;
import dev.sextant.sync.server.billing.NoBilling;
import dev.sextant.sync.server.billing.StripeBilling;
import dev.sextant.sync.server.postgres.LocalPostgres;
import dev.sextant.sync.server.store.AccountStore;
import dev.sextant.sync.server.store.SchemaMode;
import dev.sextant.sync.server.store.ServerDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The hosted signal service, running: the JDK's HTTP server on virtual threads, in front of PostgreSQL (the
 * embedded one kept in the server folder unless a JDBC URL is given). Plain HTTP is served on loopback only unless
 * the operator says a TLS-terminating proxy is in front.
 */
public final class SyncServer implements AutoCloseable {

    /** How to run. {@code folder} holds the secrets file, the embedded cluster and the URL of the running server. */
    public record Options(Path folder, String host, int port, Optional<String> jdbcUrl, boolean behindTlsProxy,
            Optional<String> corsOrigin, Map<String, String> env, Clock clock, SyncApi.Limits limits, Duration accessLifetime) {

        /** A server as the command line starts it: this process's environment, the system clock, the standard limits. */
        public static Options of(Path folder, String host, int port, Optional<String> jdbcUrl, boolean behindTlsProxy) {
            return new Options(folder, host, port, jdbcUrl, behindTlsProxy, Optional.empty(), System.getenv(), Clock.systemUTC(),
                    SyncApi.Limits.STANDARD, Duration.ofMinutes(15));
        }
    }

    public static final String SECRETS_FILE = "secrets.properties";
    public static final String URL_FILE = "server.url";
    static final Duration REFRESH_LIFETIME = Duration.ofDays(7);
    /**
     * Database connections. Measured with PushLoadBenchmark on 2 cores: 6 gives the same 11 k signals/s as 16 with
     * a lower p99 (78 and 97 ms in two runs against 158 ms), as fewer PostgreSQL backends compete for the CPU.
     */
    static final int POOL_SIZE = 6;

    private final Optional<LocalPostgres> postgres;
    private final ServerDatabase db;
    private final HttpServer http;
    private final ExecutorService executor;
    private final URI url;
    private final Path urlFile;

    private SyncServer(Optional<LocalPostgres> postgres, ServerDatabase db, HttpServer http, ExecutorService executor, URI url, Path urlFile) {
        this.postgres = postgres;
        this.db = db;
        this.http = http;
        this.executor = executor;
        this.url = url;
        this.urlFile = urlFile;
    }

    /** Starts with the schema migrated on open (local mode and tests). */
    public static SyncServer start(Options o) {
        return start(o, new SchemaMode.Migrate());
    }

    public static SyncServer start(Options o, SchemaMode schema) {
        InetAddress address = address(o.host());
        if (!address.isLoopbackAddress() && !o.behindTlsProxy()) {
            throw new IllegalArgumentException("--host " + o.host() + ": plain HTTP is served on loopback only; behind a "
                    + "TLS-terminating proxy say so with --behind-tls-proxy");
        }
        Path secretsFile = o.folder().resolve(SECRETS_FILE);
        ServerSecrets secrets = ServerSecrets.load(secretsFile, o.env(), o.jdbcUrl().isEmpty());
        AccessTokens tokens = new AccessTokens(secrets.require(ServerSecrets.JWT_SECRET, secretsFile), o.clock(), o.accessLifetime());
        String webhookSecret = secrets.require(ServerSecrets.WEBHOOK_SECRET, secretsFile);
        Optional<LocalPostgres> postgres = o.jdbcUrl().isPresent() ? Optional.empty()
                : Optional.of(LocalPostgres.start(o.folder().resolve("postgres"), true));
        ServerDatabase db = null;
        try {
            db = ServerDatabase.open(o.jdbcUrl().orElseGet(() -> postgres.orElseThrow().jdbcUrl()), secrets.databaseLogin(), POOL_SIZE, schema);
            HttpServer http = HttpServer.create(new InetSocketAddress(address, o.port()), 256);
            URI url = URI.create("http://" + (address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]"
                    : address.getHostAddress()) + ":" + http.getAddress().getPort() + "/");
            Billing billing = billing(secrets, secretsFile, publicUrl(secrets).orElse(url), new AccountStore(db.dsl()));
            http.createContext("/", SyncApi.router(db, tokens, REFRESH_LIFETIME, billing, webhookSecret, o.limits(), o.clock(),
                    o.behindTlsProxy(), o.corsOrigin()));
            Path urlFile = Files.createDirectories(o.folder()).resolve(URL_FILE);
            Files.writeString(urlFile, url.toString());
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            http.setExecutor(executor);
            http.start();
            return new SyncServer(postgres, db, http, executor, url, urlFile);
        } catch (IOException | RuntimeException e) {
            if (db != null) {
                db.close();
            }
            postgres.ifPresent(LocalPostgres::close);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot start the sync server on " + o.host() + ":" + o.port() + ": " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Starts (migrating the schema), tells {@code ready} the URL, and serves until the process is stopped (SIGTERM, Ctrl-C). */
    public static void serveUntilStopped(Options o, java.util.function.Consumer<URI> ready) throws InterruptedException {
        serveUntilStopped(o, new SchemaMode.Migrate(), ready);
    }

    /** As {@link #serveUntilStopped(Options, java.util.function.Consumer)}, migrating or waiting as {@code schema} says. */
    public static void serveUntilStopped(Options o, SchemaMode schema, java.util.function.Consumer<URI> ready) throws InterruptedException {
        SyncServer server = start(o, schema);
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sync-server-stop"));
        ready.accept(server.url());
        stopped.await();
    }

    /** The base URL, ending in {@code /}. */
    public URI url() {
        return url;
    }

    public ServerDatabase database() {
        return db;
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
        db.close();
        postgres.ifPresent(LocalPostgres::close);
        try {
            Files.deleteIfExists(urlFile);
        } catch (IOException e) {
            throw new UncheckedIOException("stopped, but cannot remove " + urlFile, e);
        }
    }

    private static Billing billing(ServerSecrets secrets, Path secretsFile, URI url, AccountStore accounts) {
        Optional<String> key = secrets.get(ServerSecrets.STRIPE_API_KEY);
        if (key.isEmpty()) {
            return new NoBilling();
        }
        return new StripeBilling(key.get(), secrets.get(ServerSecrets.STRIPE_API_BASE),
                secrets.require(ServerSecrets.STRIPE_PRICE_ID, secretsFile), url.resolve("billing/return").toString(), accounts);
    }

    /** {@code SYNC_PUBLIC_URL}, where Stripe sends the browser back to; the server's own URL when not set. */
    private static Optional<URI> publicUrl(ServerSecrets secrets) {
        return secrets.get(ServerSecrets.PUBLIC_URL).map(value -> {
            if (!value.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
                throw new IllegalArgumentException(ServerSecrets.PUBLIC_URL + ": expected an http(s) URL without query, got '" + value + "'");
            }
            return URI.create(value.endsWith("/") ? value : value + "/");
        });
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host: unknown host '" + host + "'", e);
        }
    }
}
