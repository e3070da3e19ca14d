package dev.sextant.data.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restoring a backup puts its data back and keeps the replaced file aside. */
class StoreRestoreTest {

    private static final Clock DAY1 = Stores.at("2026-12-01T10:00:00");
    private static final Clock LATER = Stores.at("2026-12-01T11:00:00");

    @TempDir
    Path home;

    @Test
    void theLatestBackupComesBackAndTheReplacedFileIsKeptAside() throws Exception {
        DatabaseFiles files = new DatabaseFiles(home);
        Stores.addInstruments(home, "A", 5, DAY1);
        try (Database db = Database.open(home, DAY1)) {
            db.backup();
        }
        Stores.addInstruments(home, "B", 7, DAY1);
        byte[] replaced = Files.readAllBytes(files.file());

        StoreRestore.Result result = StoreRestore.restore(files, Optional.empty(), LATER);

        assertThat(result.restoredFrom()).hasFileName("sextant-20261201-100000-manual.zip");
        assertThat(result.keptAside()).hasValue(files.backups().resolve("sextant-20261201-110000-replaced.mv.db"));
        assertThat(Files.readAllBytes(result.keptAside().orElseThrow())).isEqualTo(replaced);
        assertThat(Stores.instruments(home, LATER)).isEqualTo(5);
    }

    @Test
    void aNamedBackupReplacesADamagedFile() throws Exception {
        DatabaseFiles files = new DatabaseFiles(home);
        Stores.addInstruments(home, "A", 3, DAY1);
        Path saved;
        try (Database db = Database.open(home, DAY1)) {
            saved = db.backup().file();
        }
        Path elsewhere = Files.move(saved, home.resolveSibling(home.getFileName() + "-saved.zip"));
        Files.write(files.file(), new byte[0]);

        StoreRestore.Result result = StoreRestore.restore(files, Optional.of(elsewhere), LATER);

        assertThat(result.restoredFrom()).isEqualTo(elsewhere.toAbsolutePath());
        assertThat(Files.size(result.keptAside().orElseThrow())).as("the empty file is kept too").isZero();
        assertThat(Stores.instruments(home, LATER)).isEqualTo(3);
        Files.delete(elsewhere);
    }

    @Test
    void withoutABackupOrWhileTheHomeIsInUseNothingChanges() throws Exception {
        DatabaseFiles files = new DatabaseFiles(home);
        Stores.addInstruments(home, "A", 2, DAY1);
        assertThatThrownBy(() -> StoreRestore.restore(files, Optional.empty(), LATER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("there is no backup in " + files.backups() + " to restore; name one with --from FILE");
        Path notABackup = Files.writeString(home.resolve("notes.zip"), "not a zip");
        assertThatThrownBy(() -> StoreRestore.restore(files, Optional.of(notABackup), LATER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(notABackup + " is not a Sextant backup (not a readable zip file)");
        try (Database db = Database.open(home, DAY1)) {
            Path backup = db.backup().file();
            assertThatThrownBy(() -> StoreRestore.restore(files, Optional.of(backup), LATER))
                    .isInstanceOf(HomeInUseException.class);
        }
        assertThat(Stores.instruments(home, LATER)).as("the database still holds its rows").isEqualTo(2);
        assertThat(Files.list(files.backups()).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.endsWith(".mv.db"));
    }
}
