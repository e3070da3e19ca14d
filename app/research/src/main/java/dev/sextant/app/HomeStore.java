package dev.sextant.app;

import dev.sextant.data.db.Backup;
import dev.sextant.data.db.Database;
import dev.sextant.data.db.DatabaseFiles;
import dev.sextant.data.db.DoctorReport;
import dev.sextant.data.db.StoreDoctor;
import dev.sextant.data.db.StoreRestore;
import dev.sextant.data.db.StoreSalvage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A home's database file itself, for the work that must not open it the usual way (a damaged database refuses to
 * open; opening a new home would create it): check it, back it up, restore it, copy out what is readable. The
 * front ends get plain records, never the storage types.
 */
public final class HomeStore {

    /** What a check found; {@code lines} say it in plain words, the rest is for {@code --json}. */
    public record Examination(List<String> lines, String file, String verdict, String reason, long sizeBytes,
                              Map<String, Long> tableRows, int pendingMigrations, List<BackupFile> backups) {

        public boolean damaged() {
            return verdict.equals(DoctorReport.Verdict.DAMAGED.name().toLowerCase(Locale.ROOT));
        }
    }

    public record BackupFile(String file, String made, String kind) {
    }

    public record BackupMade(String file, long bytes) {
    }

    public record Restored(String restoredFrom, String database, String keptAside) {
    }

    public record Exported(Path newHome, int tables) {
    }

    private final DatabaseFiles files;

    private HomeStore(DatabaseFiles files) {
        this.files = files;
    }

    public static HomeStore of(Path home) {
        return new HomeStore(new DatabaseFiles(home));
    }

    public Path home() {
        return files.home();
    }

    /** The database file. */
    public Path file() {
        return files.file();
    }

    public Examination examine() {
        DoctorReport r = StoreDoctor.examine(files);
        return new Examination(r.lines(), r.file().toString(), r.verdict().name().toLowerCase(Locale.ROOT),
                r.reason().orElse(null), r.sizeBytes(), r.tableRows(), r.pendingMigrations(),
                r.backups().stream().map(HomeStore::backupFile).toList());
    }

    /**
     * Backs the database up now, as the daily backup does.
     *
     * @throws IllegalStateException when the home has no database yet
     */
    public BackupMade backup() {
        if (!Files.exists(files.file())) {
            throw new IllegalStateException("there is no database in " + files.home() + " yet; nothing to back up");
        }
        try (Database db = Database.open(files.home())) {
            return backupMade(db.backup());
        }
    }

    static BackupMade backupMade(Backup backup) {
        try {
            return new BackupMade(backup.file().toString(), Files.size(backup.file()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + backup.file() + ": " + e.getMessage(), e);
        }
    }

    /** Restores the named backup, or the latest; the replaced file is kept aside, never deleted. */
    public Restored restore(Optional<Path> from) {
        StoreRestore.Result r = StoreRestore.restore(files, from, Clock.systemDefaultZone());
        return new Restored(r.restoredFrom().toString(), files.file().toString(),
                r.keptAside().map(Path::toString).orElse(null));
    }

    /** Copies what H2 can still read into a new home; the database is not changed. */
    public Exported export(Path newHome) {
        StoreSalvage.Result r = StoreSalvage.export(files, newHome);
        return new Exported(r.newHome(), r.tables());
    }

    private static BackupFile backupFile(Backup b) {
        return new BackupFile(b.file().toString(), b.made().toString(), b.kind().label());
    }
}
