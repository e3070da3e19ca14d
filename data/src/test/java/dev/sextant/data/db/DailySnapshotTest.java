package dev.sextant.data.db;

import static dev.sextant.data.jooq.Tables.INSTRUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day's backup taken as a snapshot of the cleanly closed file: what it holds, when H2's online backup is made
 * instead, what a killed process leaves and how the next open deals with it, and how a failure is reported.
 */
class DailySnapshotTest {

    private static final Clock DAY1 = Stores.at("2026-12-01T10:00:00");
    private static final Clock DAY2 = Stores.at("2026-12-02T09:15:00");
    private static final Clock LATER = Stores.at("2026-12-02T18:00:00");

    @TempDir
    Path home;

    @Test
    void theSnapshotBackupRestoresTheFileAsItWasAtOpenWithoutRowsWrittenAfterwards() throws IOException {
        DatabaseFiles files = new DatabaseFiles(home);
        Stores.addInstruments(home, "A", 5, DAY1);
        byte[] atOpen = Files.readAllBytes(files.file());

        Optional<Backup> daily;
        try (Database db = Database.open(home, DAY2)) {
            for (int i = 0; i < 7; i++) {
                db.dsl().insertInto(INSTRUMENT, INSTRUMENT.SYMBOL).values("B" + i).execute();
            }
            daily = db.dailyBackup();
        }

        Backup backup = daily.orElseThrow();
        assertThat(backup.file()).hasFileName("sextant-20261202-091500-daily.zip");
        assertThat(new BackupFolder(files.backups()).list()).containsExactly(backup);
        assertThat(names(files.backups())).as("the snapshot was deleted once compressed")
                .containsExactly("sextant-20261202-091500-daily.zip");
        try (ZipFile zip = new ZipFile(backup.file().toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactly("sextant.mv.db");
        }

        StoreRestore.restore(files, Optional.of(backup.file()), LATER);
        assertThat(Files.readAllBytes(files.file())).as("the file byte for byte as the clean close left it")
                .isEqualTo(atOpen);
        assertThat(Stores.instruments(home, LATER)).as("the 7 rows written after the open are not in it").isEqualTo(5);
    }

    @Test
    void aFileNotAsTheLastCleanCloseLeftItIsBackedUpOnlineWithoutASnapshot() throws IOException {
        DatabaseFiles files = new DatabaseFiles(home);
        Stores.addInstruments(home, "A", 4, DAY1);
        // written by something else since the clean close (the modification time is moved explicitly, because the
        // file system's clock may not have moved on)
        Files.setLastModifiedTime(files.file(), FileTime.fromMillis(Files.getLastModifiedTime(files.file()).toMillis() + 1000));

        DailyBackup.prepare(files, DAY2);
        assertThat(names(files.backups())).as("no snapshot of a file that may be half-written").isEmpty();

        Backup backup;
        try (Database db = Database.open(home, DAY2)) {
            backup = db.dailyBackup().orElseThrow();
        }
        assertThat(backup.kind()).isEqualTo(BackupKind.DAILY);
        Files.delete(files.file());
        StoreRestore.restore(files, Optional.of(backup.file()), LATER);
        assertThat(Stores.instruments(home, LATER)).isEqualTo(4);
    }

    @Test
    void whatAKilledProcessLeftIsNotABackupAndTheNextOpenDeletesOrFinishesIt() throws IOException {
        DatabaseFiles files = new DatabaseFiles(home);
        Stores.addInstruments(home, "A", 3, DAY1);
        byte[] threeRows = Files.readAllBytes(files.file());
        Stores.addInstruments(home, "B", 2, DAY1);
        // a process killed on November 30 while it compressed its snapshot (of 3 rows) and wrote a manual backup
        Path backups = files.backups();
        Files.write(backups.resolve("sextant-20261130-100000-daily.zip.snapshot"), threeRows);
        Files.writeString(backups.resolve("sextant-20261130-100000-daily.zip.partial"), "half a zip");
        Files.writeString(backups.resolve("sextant-20261130-100500-manual.zip.partial"), "half a zip");
        Files.writeString(backups.resolve("sextant-20261130-110000-daily.zip.snapshot.partial"), "half a copy");
        assertThat(new BackupFolder(backups).list()).as("nothing unfinished is listed (so never pruned or restored)")
                .extracting(b -> b.file().getFileName().toString()).containsExactly("sextant-20261201-100000-daily.zip");

        try (Database db = Database.open(home, DAY2)) {
            assertThat(db.dailyBackup()).hasValueSatisfying(b -> assertThat(b.file()).hasFileName("sextant-20261202-091500-daily.zip"));
        }

        assertThat(names(backups)).as("partial files deleted, the snapshot compressed into the backup it was to become")
                .containsExactly("sextant-20261130-100000-daily.zip", "sextant-20261201-100000-daily.zip",
                        "sextant-20261202-091500-daily.zip");
        StoreRestore.restore(files, Optional.of(backups.resolve("sextant-20261130-100000-daily.zip")), LATER);
        assertThat(Stores.instruments(home, LATER)).as("the snapshot's rows").isEqualTo(3);
    }

    @Test
    void aSnapshotLeftOnTheSameDayIsThatDaysBackup() throws IOException {
        DatabaseFiles files = new DatabaseFiles(home);
        Stores.addInstruments(home, "A", 3, DAY1);
        Path backups = Files.createDirectories(files.backups());
        Files.copy(files.file(), backups.resolve("sextant-20261202-080000-daily.zip.snapshot"));

        try (Database db = Database.open(home, DAY2)) {
            assertThat(db.dailyBackup()).as("the day's backup was the snapshot left at 08:00").isEmpty();
        }
        assertThat(names(backups)).containsExactly("sextant-20261202-080000-daily.zip");
    }

    @Test
    void aFailureToWriteTheBackupNamesTheFileAndDoesNotStopTheClose() throws IOException {
        DatabaseFiles files = new DatabaseFiles(home);
        Stores.addInstruments(home, "A", 3, DAY1);
        Files.writeString(files.backups(), "a file where the backups folder should be");

        Database db = Database.open(home, DAY2);
        assertThatThrownBy(db::dailyBackup).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot write " + files.backups().resolve("sextant-20261202-091500-daily.zip") + ": ");
        db.close();
        assertThat(Stores.instruments(home, LATER)).as("the database still opens and holds its rows").isEqualTo(3);
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
