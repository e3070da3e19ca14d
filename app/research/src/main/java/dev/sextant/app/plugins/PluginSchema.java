package dev.sextant.app.plugins;

import dev.sextant.app.api.PluginDatabase;
import dev.sextant.data.db.MigrationFingerprint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A plugin's own schema in the workstation database, migrated by Flyway from {@code db/plugin/<id>/}
 * in the plugin's class loader, with Flyway's history table inside that schema; skipped while the scripts are
 * unchanged.
 */
final class PluginSchema implements PluginDatabase {

    private final DataSource dataSource;
    private final ClassLoader loader;
    private final String pluginId;
    private final String schema;

    PluginSchema(DataSource dataSource, ClassLoader loader, String pluginId) {
        this.dataSource = dataSource;
        this.loader = loader;
        this.pluginId = pluginId;
        this.schema = "PLUGIN_" + pluginId.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    @Override
    public String schema() {
        return schema;
    }

    /** Migrates with Flyway, unless the plugin's scripts are the ones last applied ({@link MigrationFingerprint}). */
    @Override
    public int migrate() {
        String location = "db/plugin/" + pluginId;
        Optional<String> scripts = MigrationFingerprint.of(loader, location);
        try {
            if (scripts.isPresent() && scripts.equals(MigrationFingerprint.recorded(dataSource, location))) {
                return 0;
            }
            int executed = Flyway.configure(loader)
                    .dataSource(dataSource)
                    .locations("classpath:" + location)
                    .schemas(schema)
                    .defaultSchema(schema)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
            if (scripts.isPresent()) {
                MigrationFingerprint.record(dataSource, location, scripts.get());
            }
            return executed;
        } catch (SQLException e) {
            throw new IllegalStateException("plugin " + pluginId + ": cannot read or record its schema's version: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            String previousSchema = c.getSchema();
            boolean previousAutoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            c.setSchema(schema);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setSchema(previousSchema);
                c.setAutoCommit(previousAutoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("plugin " + pluginId + ": SQL failed: " + e.getMessage(), e);
        }
    }
}
