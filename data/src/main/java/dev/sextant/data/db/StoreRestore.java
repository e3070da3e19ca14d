package dev.sextant.data.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.h2.tools.Restore;

/**
 * Puts a backup back in place of a home's database: a named backup file or the latest in the backups folder. The
 * current file is not deleted but moved into the backups folder ({@code sextant-<time>-replaced.mv.db}). Runs only
 * while no other process uses the home, and checks afterwards that the restored file opens.
 */
public final class StoreRestore {

    /** What a restore did: the backup it restored and where the replaced file went (empty when there was none). */
    public record Result(Path restoredFrom, Optional<Path> keptAside) {
    }

    private StoreRestore() {
    }

    public static Result restore(DatabaseFiles files, Optional<Path> from, Clock clock) {
        BackupFolder folder = new BackupFolder(files.backups());
        try (HomeLock lock = HomeLock.acquire(files)) {
            Path backup = from.map(Path::toAbsolutePath).orElseGet(() -> folder.latest()
                    .orElseThrow(() -> new IllegalArgumentException("there is no backup in " + folder.path()
                            + " to restore; name one with --from FILE"))
                    .file());
            requireBackup(backup);
            Optional<Path> aside = Optional.empty();
            Files.createDirectories(files.folder());
            if (Files.exists(files.file())) {
                Files.createDirectories(folder.path());
                Path target = folder.asideFile(LocalDateTime.now(clock));
                Files.move(files.file(), target);
                aside = Optional.of(target);
            }
            Restore.execute(backup.toString(), files.folder().toString(), DatabaseFiles.NAME);
            OpenCheck.check(files);
            return new Result(backup, aside);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore into " + files.file() + ": " + e.getMessage(), e);
        }
    }

    private static void requireBackup(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new IllegalArgumentException("the backup " + backup + " does not exist");
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            if (zip.getEntry(DatabaseFiles.NAME + ".mv.db") == null) {
                throw new IllegalArgumentException(backup + " is not a Sextant backup (it holds no "
                        + DatabaseFiles.NAME + ".mv.db)");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(backup + " is not a Sextant backup (not a readable zip file)", e);
        }
    }
}
