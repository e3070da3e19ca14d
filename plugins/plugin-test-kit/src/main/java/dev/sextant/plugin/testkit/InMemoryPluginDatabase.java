package dev.sextant.plugin.testkit;

import dev.sextant.app.api.PluginDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** {@link PluginDatabase} over a private in-memory H2 database that lives as long as the test JVM. */
final class InMemoryPluginDatabase implements PluginDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final String pluginId;
    private final String schema;

    InMemoryPluginDatabase(String pluginId) {
        this.pluginId = pluginId;
        this.schema = "PLUGIN_" + pluginId.toUpperCase(Locale.ROOT).replace('-', '_');
        dataSource.setURL("jdbc:h2:mem:plugin-test-" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
    }

    @Override
    public String schema() {
        return schema;
    }

    @Override
    public int migrate() {
        return Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/plugin/" + pluginId)
                .schemas(schema)
                .defaultSchema(schema)
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setSchema(schema);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("plugin " + pluginId + ": SQL failed: " + e.getMessage(), e);
        }
    }
}
