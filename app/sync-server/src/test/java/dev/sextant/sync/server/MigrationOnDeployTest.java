package dev.sextant.sync.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.sync.server.postgres.LocalPostgres;
import dev.sextant.sync.server.store.DatabaseLogin;
import dev.sextant.sync.server.store.SchemaMode;
import dev.sextant.sync.server.store.ServerDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Migrations on deploy, against a real embedded PostgreSQL: the deploy's migration step ({@code SyncServerMain migrate},
 * run as its own process with the login from the environment) applies V1 once; a second run applies nothing; a server
 * started with {@code --no-migrate} neither migrates nor starts on an unmigrated schema, and starts once the step ran.
 */
class MigrationOnDeployTest {

    private static final String USER = "sync_deploy";
    private static final String PASSWORD = "deploy-test-password";
    private static final Map<String, String> ENV = Map.of(ServerSecrets.JWT_SECRET, "a-test-signing-key-that-is-long-enough-0123456789",
            ServerSecrets.WEBHOOK_SECRET, "whsec_test_secret", ServerSecrets.DB_USER, USER, ServerSecrets.DB_PASSWORD, PASSWORD);

    private static Path dir;
    private static LocalPostgres postgres;
    private static int databases;

    @BeforeAll
    static void startPostgres() throws Exception {
        dir = Files.createTempDirectory("migration-on-deploy");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        postgres = LocalPostgres.start(dir.resolve("pg"), false);
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl())) {
            c.createStatement().execute("create role " + USER + " login password '" + PASSWORD + "'");
        }
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    /** A fresh database owned by the deploy user, and its URL without a login (as the stack passes it). */
    private static String freshDatabase() throws Exception {
        String name = "deploy" + (++databases);
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl())) {
            c.createStatement().execute("create database " + name + " owner " + USER);
        }
        String url = postgres.jdbcUrl();
        return url.substring(0, url.lastIndexOf('/') + 1) + name;
    }

    @Test
    void theMigrateCommandAppliesTheSchemaOnceAsTheUserFromTheEnvironment() throws Exception {
        String url = freshDatabase();

        Run first = runMain("migrate", "--db", url);
        Run second = runMain("migrate", "--db", url);

        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).contains("sync server schema at version 1: 1 migration(s) applied");
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(second.output()).contains("sync server schema at version 1: 0 migration(s) applied");
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
                ResultSet rs = c.createStatement().executeQuery(
                        "select version, installed_by, success from flyway_schema_history where version is not null")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("version")).isEqualTo("1");
            assertThat(rs.getString("installed_by")).isEqualTo(USER);
            assertThat(rs.getBoolean("success")).isTrue();
            assertThat(rs.next()).as("one applied migration, not two").isFalse();
        }
    }

    @Test
    void aServerWithoutMigrateRefusesAnUnmigratedSchemaNamingThePendingMigration() throws Exception {
        String url = freshDatabase();

        assertThatThrownBy(() -> SyncServer.start(options(url), new SchemaMode.AwaitMigrated(Duration.ofSeconds(1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pending V1 accounts signals billing")
                .hasMessageContaining("SyncServerMain migrate");
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
                ResultSet rs = c.createStatement().executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the server created no table").isZero();
        }
    }

    @Test
    void aServerWithoutMigrateWaitsForTheDeploysMigrationAndThenAnswersHealth() throws Exception {
        String url = freshDatabase();

        CompletableFuture<SyncServer> starting = CompletableFuture.supplyAsync(
                () -> SyncServer.start(options(url), new SchemaMode.AwaitMigrated(Duration.ofSeconds(60))));
        Thread.sleep(2500);
        assertThat(starting).as("still waiting for the schema").isNotDone();
        ServerDatabase.migrate(url, new DatabaseLogin(Optional.of(USER), Optional.of(PASSWORD)));

        try (SyncServer server = starting.get(30, TimeUnit.SECONDS); HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(server.url().resolve("health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"");
        }
    }

    private static SyncServer.Options options(String url) {
        try {
            return new SyncServer.Options(Files.createTempDirectory(dir, "server"), "127.0.0.1", 0, Optional.of(url), false,
                    Optional.empty(), ENV, java.time.Clock.systemUTC(), dev.sextant.sync.server.api.SyncApi.Limits.STANDARD,
                    Duration.ofMinutes(15));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Run(int exit, String output) {
    }

    /** SyncServerMain in a child JVM on this test's class path, with the deploy user's login in its environment. */
    private static Run runMain(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SyncServerMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(ServerSecrets.DB_USER, USER);
        builder.environment().put(ServerSecrets.DB_PASSWORD, PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
