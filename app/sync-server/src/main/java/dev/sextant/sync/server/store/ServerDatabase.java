package dev.sextant.sync.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** The server's PostgreSQL: a connection pool, the schema migrated by Flyway, and a jOOQ context over both. */
public final class ServerDatabase implements AutoCloseable {

    private static final String LOCATIONS = "classpath:db/syncserver";
    private static final Duration SCHEMA_POLL = Duration.ofSeconds(2);

    private final HikariDataSource pool;
    private final DSLContext dsl;

    private ServerDatabase(HikariDataSource pool) {
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.POSTGRES);
    }

    /** Connects to {@code jdbcUrl} (a PostgreSQL URL) and migrates the schema or waits for it, as {@code mode} says. */
    public static ServerDatabase open(String jdbcUrl, DatabaseLogin login, int poolSize, SchemaMode mode) {
        requirePostgres(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        login.user().ifPresent(config::setUsername);
        login.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("sync-server");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            switch (mode) {
                case SchemaMode.Migrate() -> flyway(pool).migrate();
                case SchemaMode.AwaitMigrated(Duration timeout) -> awaitMigrated(flyway(pool), jdbcUrl, timeout);
            }
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new ServerDatabase(pool);
    }

    /** Applies the pending migrations to {@code jdbcUrl} and returns what Flyway did (the deploy step's work). */
    public static MigrateResult migrate(String jdbcUrl, DatabaseLogin login) {
        requirePostgres(jdbcUrl);
        return Flyway.configure().dataSource(jdbcUrl, login.user().orElse(null), login.password().orElse(null))
                .locations(LOCATIONS).load().migrate();
    }

    private static Flyway flyway(DataSource source) {
        return Flyway.configure().dataSource(source).locations(LOCATIONS).load();
    }

    private static void awaitMigrated(Flyway flyway, String jdbcUrl, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        MigrationInfo[] pending = flyway.info().pending();
        while (pending.length > 0) {
            if (!Instant.now().isBefore(deadline)) {
                throw new IllegalStateException("the schema of " + redacted(jdbcUrl) + " is not migrated: pending "
                        + Arrays.stream(pending).map(m -> "V" + m.getVersion() + " " + m.getDescription()).collect(Collectors.joining(", "))
                        + " after waiting " + timeout.toSeconds() + " s; run 'SyncServerMain migrate --db URL' (the deploy's migration task)");
            }
            try {
                Thread.sleep(SCHEMA_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the schema of " + redacted(jdbcUrl), e);
            }
            pending = flyway.info().pending();
        }
    }

    private static void requirePostgres(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db: the sync server stores into PostgreSQL; '" + redacted(jdbcUrl)
                    + "' is not a jdbc:postgresql: URL");
        }
    }

    /** The URL without its query, where a password may be. */
    private static String redacted(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** True when the database answers a trivial query. */
    public boolean healthy() {
        try {
            return dsl.selectOne().fetchOne(0, Integer.class) == 1;
        } catch (org.jooq.exception.DataAccessException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
