package dev.sextant.data.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The embedded H2 database of one home directory ({@code <home>/db/sextant.mv.db}).
 *
 * <p>Opening takes an exclusive lock on {@code <home>/sextant.lock} first, so a second process
 * gets a {@link HomeInUseException} with a clear message before H2 is touched. Flyway
 * migrations run on open; {@link #isNew()} tells whether this open created the schema.
 */
public final class Database implements AutoCloseable {

    private final Path home;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final boolean created;

    private Database(Path home, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool, boolean created) {
        this.home = home;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
        this.created = created;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    public static Database open(Path home) {
        try {
            Files.createDirectories(home);
            FileChannel channel = FileChannel.open(home.resolve("sextant.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel, home);
            try {
                String url = "jdbc:h2:file:" + home.resolve("db").resolve("sextant").toAbsolutePath()
                        + ";DB_CLOSE_ON_EXIT=FALSE";
                JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
                pool.setMaxConnections(8);
                MigrateResult migration = migrate(home, pool);
                boolean created = migration.initialSchemaVersion == null && migration.migrationsExecuted > 0;
                return new Database(home, channel, lock, pool, created);
            } catch (RuntimeException e) {
                lock.release();
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data directory " + home + ": " + e.getMessage(), e);
        }
    }

    private static MigrateResult migrate(Path home, JdbcConnectionPool pool) {
        try {
            return Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (FlywayValidateException e) {
            pool.dispose();
            throw new SchemaMismatchException(home, e.getMessage().lines()
                    .filter(line -> line.startsWith("Detected")).findFirst().orElse("migrations differ"));
        }
    }

    private static FileLock tryLock(FileChannel channel, Path home) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new HomeInUseException(home);
        }
        return lock;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path home() {
        return home;
    }

    /** The connection pool, for code that needs plain JDBC (plugins' own schemas and migrations). */
    public DataSource dataSource() {
        return pool;
    }

    /** True when this open created the schema (a first start). */
    public boolean isNew() {
        return created;
    }

    /** Compacts the file after bulk loads (H2 {@code SHUTDOWN COMPACT}); the database is closed afterwards. */
    public void compactAndClose() {
        dsl.execute("SHUTDOWN COMPACT");
        close();
    }

    @Override
    public void close() {
        pool.dispose();
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock of " + home, e);
        }
    }
}
