package dev.sextant.data.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups with H2's BACKUP TO: before a migration of an existing database, and once a day keeping seven. */
class BackupTest {

    private static final Clock DAY1 = Stores.at("2026-12-01T10:00:00");

    @TempDir
    Path home;
    @TempDir
    Path scratch;

    @Test
    void anOlderSchemaIsBackedUpBeforeItIsMigratedAndTheBackupHoldsTheOldVersion() throws Exception {
        DatabaseFiles files = new DatabaseFiles(home);
        Files.createDirectories(files.folder());
        Flyway.configure().dataSource(DatabaseFiles.urlOf(files.folder()), "sa", "")
                .locations("classpath:db/migration").target("4").load().migrate();

        try (Database db = Database.open(home, DAY1)) {
            assertThat(db.isNew()).isFalse();
            assertThat(db.backupsOnOpen()).extracting(Backup::kind).containsExactly(BackupKind.BEFORE_MIGRATION);
            assertThat(db.dailyBackup()).as("and the day's backup, made after the migration")
                    .hasValueSatisfying(b -> assertThat(b.kind()).isEqualTo(BackupKind.DAILY));
            Backup before = db.backupsOnOpen().getFirst();
            assertThat(before.file()).hasFileName("sextant-20261201-100000-before-migration.zip")
                    .hasParent(home.resolve("db").resolve("backups"));
            var bundled = Flyway.configure().dataSource(DatabaseFiles.urlOf(files.folder()), "sa", "")
                    .locations("classpath:db/migration").load().info().all();
            assertThat(schemaVersion(DatabaseFiles.urlOf(files.folder()))).as("migrated to the newest script")
                    .isEqualTo(bundled[bundled.length - 1].getVersion().getVersion());

            Restore.execute(before.file().toString(), scratch.toString(), "sextant");
            assertThat(schemaVersion(DatabaseFiles.urlOf(scratch))).as("the backup was made before V5 and later ran").isEqualTo("4");
        }
    }

    @Test
    void aNewDatabaseAndAnUpToDateOneGetNoMigrationBackup() {
        try (Database db = Database.open(home, DAY1)) {
            assertThat(db.isNew()).isTrue();
            assertThat(db.backupsOnOpen()).as("nothing to back up on a first start").isEmpty();
            assertThat(db.dailyBackup()).isEmpty();
        }
        try (Database db = Database.open(home, DAY1)) {
            assertThat(db.backupsOnOpen()).as("no migration").isEmpty();
            assertThat(db.dailyBackup()).hasValueSatisfying(b -> assertThat(b.kind()).isEqualTo(BackupKind.DAILY));
        }
        try (Database db = Database.open(home, DAY1)) {
            assertThat(db.dailyBackup()).as("the day's backup exists already").isEmpty();
        }
    }

    @Test
    void theFirstOpenOfEachDayMakesABackupAndTheNewestSevenAreKept() {
        Stores.addInstruments(home, "D", 3, DAY1);
        for (int day = 1; day <= 10; day++) {
            Clock clock = Stores.at("2026-12-%02dT09:30:00".formatted(day));
            try (Database db = Database.open(home, clock)) {
                assertThat(db.dailyBackup()).isPresent();
            }
            try (Database again = Database.open(home, clock)) {
                assertThat(again.dailyBackup()).as("once a day").isEmpty();
            }
        }
        List<Backup> daily = new BackupFolder(home.resolve("db").resolve("backups")).list();
        assertThat(daily).extracting(b -> b.file().getFileName().toString()).containsExactlyElementsOf(
                IntStream.rangeClosed(4, 10).map(d -> 14 - d).mapToObj("sextant-202612%02d-093000-daily.zip"::formatted).toList());
        assertThat(daily).allSatisfy(b -> assertThat(b.kind()).isEqualTo(BackupKind.DAILY));
    }

    @Test
    void aManualBackupHoldsTheDataAndIsNotRotated() throws Exception {
        Stores.addInstruments(home, "M", 5, DAY1);
        Backup manual;
        try (Database db = Database.open(home, DAY1)) {
            manual = db.backup();
        }
        assertThat(manual.kind()).isEqualTo(BackupKind.MANUAL);
        assertThat(manual.file().getFileName().toString()).matches("sextant-20261201-100000-manual\\.zip");
        Restore.execute(manual.file().toString(), scratch.toString(), "sextant");
        try (Connection c = DriverManager.getConnection(DatabaseFiles.urlOf(scratch), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM instrument")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(5);
        }
        for (int day = 2; day <= 9; day++) {
            Database.open(home, Stores.at("2026-12-%02dT08:00:00".formatted(day))).close();
        }
        assertThat(manual.file()).exists();
        assertThat(Files.list(manual.file().getParent()).filter(f -> !f.toString().endsWith(".zip")).toList())
                .as("no partial files left").isEmpty();
    }

    private static String schemaVersion(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

}
