package dev.sextant.data.db;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A day's backup taken from the database file itself: a raw copy made while nothing writes the file (at open, before
 * H2 opens it, when it is exactly as the last clean close left it), later compressed into the zip that
 * {@code ./sextant data restore} reads, as H2's {@code BACKUP TO} writes it (one entry {@code sextant.mv.db}). The
 * copy costs about a tenth of a second for a 160 MB file; the compression, at deflate's fastest level, about 2 s of
 * CPU on a background thread, where H2's online backup took 7.4 s (ADR 0022).
 */
final class DailySnapshot {

    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final Backup backup;

    /** A snapshot file (complete: it was renamed from its partial file) and the backup it becomes. */
    DailySnapshot(Path file, Backup backup) {
        this.file = file;
        this.backup = backup;
    }

    /** Copies the database file into the backups folder; H2 must not have the file open. */
    static DailySnapshot take(DatabaseFiles files, BackupFolder folder, LocalDateTime now) {
        Path target = folder.newFile(BackupKind.DAILY, now);
        Path snapshot = BackupFolder.snapshotOf(target);
        PartialFile.write(snapshot, partial -> Files.copy(files.file(), partial));
        return new DailySnapshot(snapshot, new Backup(target, now.withNano(0), BackupKind.DAILY));
    }

    Path file() {
        return file;
    }

    /** The backup the snapshot becomes when it is compressed. */
    Backup backup() {
        return backup;
    }

    /** Compresses the snapshot into its backup and deletes it. */
    Backup compress() {
        PartialFile.write(backup.file(), partial -> {
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), BUFFER))) {
                zip.setLevel(Deflater.BEST_SPEED);
                zip.putNextEntry(new ZipEntry(DatabaseFiles.NAME + ".mv.db"));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        });
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the compressed snapshot " + file + ": " + e.getMessage(), e);
        }
        return backup;
    }
}
