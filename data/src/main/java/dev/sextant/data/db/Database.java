package dev.sextant.data.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database of one home directory ({@code <home>/db/sextant.mv.db}).
 *
 * <p>Opening takes an exclusive lock on {@code <home>/sextant.lock} first, so a second process
 * gets a {@link HomeInUseException} with a clear message before H2 is touched. An existing file that is empty,
 * truncated or unreadable is refused with a {@link DamagedDatabaseException} and kept as it is ({@link OpenCheck}).
 * Flyway migrations run on open, after a backup when an existing database has pending ones, unless the scripts are
 * the ones it last applied ({@link MigrationFingerprint}). The first open of a day
 * makes a daily backup ({@link DailyBackup}): a copy of the file taken before H2 opens it, compressed on a thread of
 * its own so that it does not delay the start, or H2's online backup when the file was not closed cleanly;
 * {@link #close()} waits for it. {@link #isNew()} tells whether this open created the schema.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Where Sextant's own migration scripts are, on the class path. */
    private static final String MIGRATIONS = "db/migration";

    private final DatabaseFiles files;
    private final HomeLock lock;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final boolean created;
    private final Clock clock;
    private final List<Backup> backupsOnOpen;
    private final CompletableFuture<Optional<Backup>> dailyBackup;

    private Database(DatabaseFiles files, HomeLock lock, JdbcConnectionPool pool, boolean created, Clock clock,
                     List<Backup> backupsOnOpen, DailyBackup daily) {
        this.files = files;
        this.lock = lock;
        this.pool = pool;
        this.created = created;
        this.clock = clock;
        this.backupsOnOpen = List.copyOf(backupsOnOpen);
        this.dsl = DSL.using(pool, SQLDialect.H2);
        this.dailyBackup = created ? CompletableFuture.completedFuture(Optional.empty())
                : CompletableFuture.supplyAsync(() -> daily.run(pool),
                        task -> Thread.ofPlatform().name("sextant-daily-backup").start(task));
    }

    public static Database open(Path home) {
        return open(home, Clock.systemDefaultZone());
    }

    /** Opens with a clock for the backups' dates and names. */
    public static Database open(Path home, Clock clock) {
        DatabaseFiles files = new DatabaseFiles(home);
        HomeLock lock = HomeLock.acquire(files);
        JdbcConnectionPool pool = null;
        try {
            OpenCheck.check(files);
            DailyBackup daily = DailyBackup.prepare(files, clock);
            CleanClose.forget(files);
            pool = JdbcConnectionPool.create(files.url(), "sa", "");
            pool.setMaxConnections(8);
            List<Backup> backups = new ArrayList<>();
            boolean created = migrateIfChanged(files, pool, clock, backups);
            return new Database(files, lock, pool, created, clock, backups, daily);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw e;
        }
    }

    /**
     * Runs Flyway unless the scripts are the ones the database last applied ({@link MigrationFingerprint});
     * true when this created the schema.
     */
    private static boolean migrateIfChanged(DatabaseFiles files, JdbcConnectionPool pool, Clock clock, List<Backup> backups) {
        Optional<String> scripts = MigrationFingerprint.of(Database.class.getClassLoader(), MIGRATIONS);
        try {
            if (scripts.isPresent() && scripts.equals(MigrationFingerprint.recorded(pool, MIGRATIONS))) {
                return false;
            }
            MigrateResult migration = migrate(files, pool, clock, backups);
            if (scripts.isPresent()) {
                MigrationFingerprint.record(pool, MIGRATIONS, scripts.get());
            }
            return migration.initialSchemaVersion == null && migration.migrationsExecuted > 0;
        } catch (SQLException e) {
            throw new DamagedDatabaseException(files.file(), StoreFailure.reason(e));
        }
    }

    private static MigrateResult migrate(DatabaseFiles files, JdbcConnectionPool pool, Clock clock, List<Backup> backups) {
        Flyway flyway = Flyway.configure().dataSource(pool).locations("classpath:" + MIGRATIONS).load();
        try {
            MigrationInfoService info = flyway.info();
            if (info.current() != null && info.pending().length > 0) {
                backups.add(OnlineBackup.write(pool, new BackupFolder(files.backups()), BackupKind.BEFORE_MIGRATION, clock));
            }
            return flyway.migrate();
        } catch (FlywayValidateException e) {
            throw new SchemaMismatchException(files.home(), e.getMessage().lines()
                    .filter(line -> line.startsWith("Detected")).findFirst().orElse("migrations differ"));
        } catch (FlywayException e) {
            throw new DamagedDatabaseException(files.file(), StoreFailure.reason(e));
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path home() {
        return files.home();
    }

    public DatabaseFiles files() {
        return files;
    }

    /** The connection pool, for code that needs plain JDBC (plugins' own schemas and migrations). */
    public DataSource dataSource() {
        return pool;
    }

    /** True when this open created the schema (a first start). */
    public boolean isNew() {
        return created;
    }

    /** The backup this open made before it migrated an older schema (none or one). */
    public List<Backup> backupsOnOpen() {
        return backupsOnOpen;
    }

    /**
     * Waits for the day's backup this open started, if it was due, and returns it (empty when the day had one already);
     * throws when it failed.
     */
    public Optional<Backup> dailyBackup() {
        try {
            return dailyBackup.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Backs the open database up now ({@code ./sextant data backup}). */
    public Backup backup() {
        return OnlineBackup.write(pool, new BackupFolder(files.backups()), BackupKind.MANUAL, clock);
    }

    /** Compacts the file after bulk loads (H2 {@code SHUTDOWN COMPACT}); the database is closed afterwards. */
    public void compactAndClose() {
        awaitDailyBackup();
        dsl.execute("SHUTDOWN COMPACT");
        close();
    }

    @Override
    public void close() {
        awaitDailyBackup();
        boolean allReturned = pool.getActiveConnections() == 0;
        pool.dispose();
        try {
            if (allReturned && Files.exists(files.file())) {
                CleanClose.remember(files); // H2 closed the database with its last connection
            }
        } finally {
            lock.close();
        }
    }

    /** Waits for the day's backup; a failure is logged as a warning, because closing must still release the home. */
    private void awaitDailyBackup() {
        try {
            dailyBackup.join();
        } catch (CompletionException e) {
            LOG.warn("the daily backup of {} failed: {}", files.file(), e.getCause().getMessage());
        }
    }
}
