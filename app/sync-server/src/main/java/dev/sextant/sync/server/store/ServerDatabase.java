package dev.sextant.sync.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** The server's PostgreSQL: a connection pool, the schema migrated by Flyway, and a jOOQ context over both. */
public final class ServerDatabase implements AutoCloseable {

    private final HikariDataSource pool;
    private final DSLContext dsl;

    private ServerDatabase(HikariDataSource pool) {
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.POSTGRES);
    }

    /** Connects to {@code jdbcUrl} (a PostgreSQL URL) and migrates the schema. */
    public static ServerDatabase open(String jdbcUrl, int poolSize) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db: the sync server stores into PostgreSQL; '" + jdbcUrl
                    + "' is not a jdbc:postgresql: URL");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("sync-server");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/syncserver").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new ServerDatabase(pool);
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
