package dev.sextant.sync.server;

import dev.sextant.sync.server.store.SchemaMode;
import dev.sextant.sync.server.store.ServerDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The server as a process of its own, for deployments (the container's entry point) and for tests that start it as
 * a child process:
 * <pre>
 * SyncServerMain --folder DIR [--host H] [--port N] [--db JDBC_URL] [--behind-tls-proxy] [--no-migrate]
 * SyncServerMain migrate --db JDBC_URL
 * </pre>
 * The first prints {@code sync server ready at URL} once it answers, and stops cleanly on SIGTERM; with
 * {@code --no-migrate} it leaves the schema to the second, which a deployment runs once per deploy, and waits up to
 * five minutes for it. The database user and password may come apart from the URL, from {@code SYNC_DB_USER} and
 * {@code SYNC_DB_PASSWORD}. (Users run {@code ./sextant sync-server}, which serves with the folder under the home.)
 */
public final class SyncServerMain {

    static final Duration SCHEMA_WAIT = Duration.ofMinutes(5);
    private static final String USAGE = "usage: --folder DIR [--host H] [--port N] [--db JDBC_URL] [--behind-tls-proxy] [--no-migrate]"
            + " | migrate --db JDBC_URL";

    private SyncServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("migrate")) {
            migrate(args);
            return;
        }
        Path folder = null;
        String host = "127.0.0.1";
        boolean behindTlsProxy = false;
        boolean migrateOnStart = true;
        int port = 8080;
        Optional<String> db = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--behind-tls-proxy")) {
                behindTlsProxy = true;
                continue;
            }
            if (args[i].equals("--no-migrate")) {
                migrateOnStart = false;
                continue;
            }
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--host" -> host = required(args[i], value);
                case "--folder" -> folder = Path.of(required(args[i], value));
                case "--port" -> port = port(required(args[i], value));
                case "--db" -> db = Optional.of(required(args[i], value));
                default -> fail("unknown argument '" + args[i] + "'; " + USAGE);
            }
            i++;
        }
        if (folder == null) {
            fail("--folder DIR is required");
        }
        if (!migrateOnStart && db.isEmpty()) {
            fail("--no-migrate needs --db: the embedded PostgreSQL is always migrated by the server itself");
        }
        SchemaMode schema = migrateOnStart ? new SchemaMode.Migrate() : new SchemaMode.AwaitMigrated(SCHEMA_WAIT);
        SyncServer.serveUntilStopped(SyncServer.Options.of(folder, host, port, db, behindTlsProxy), schema, url -> {
            System.out.println("sync server ready at " + url);
            System.out.flush();
        });
    }

    /** {@code migrate --db URL}: applies the pending migrations, prints what it did and exits. */
    private static void migrate(String[] args) {
        if (args.length != 3 || !args[1].equals("--db")) {
            fail("migrate needs exactly --db JDBC_URL; " + USAGE);
        }
        MigrateResult result = ServerDatabase.migrate(args[2], ServerSecrets.fromEnvironment(System.getenv()).databaseLogin());
        System.out.println("sync server schema at version " + (result.targetSchemaVersion == null ? result.initialSchemaVersion
                : result.targetSchemaVersion) + ": " + result.migrationsExecuted + " migration(s) applied");
    }

    private static String required(String option, String value) {
        if (value == null) {
            fail(option + " needs a value");
        }
        return value;
    }

    private static int port(String value) {
        if (!value.matches("\\d{1,5}") || Integer.parseInt(value) > 65535) {
            fail("--port: 0..65535, got '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    private static void fail(String message) {
        System.err.println("sync-server: " + message);
        System.exit(2);
    }
}
