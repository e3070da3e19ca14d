package dev.sextant.app.api;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The plugin's own tables. They live in the schema {@link #schema()} of the workstation's H2
 * database ({@code PLUGIN_} + the id in upper case, '-' as '_'), created by Flyway migrations that
 * the plugin ships in its jar under {@code db/plugin/<id>/} (e.g. {@code V1__notes.sql}); their
 * history is kept in that schema, apart from the workstation's.
 */
public interface PluginDatabase {

    /** The plugin's schema name. */
    String schema();

    /**
     * Applies the plugin's pending migrations; call it from {@link SextantPlugin#register} before using the tables.
     *
     * @return how many migrations ran
     */
    int migrate();

    /**
     * Runs {@code work} in one transaction on a connection whose current schema is {@link #schema()}:
     * committed when it returns, rolled back when it throws.
     */
    <T> T inTransaction(SqlWork<T> work);

    /** Work on a JDBC connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
