package dev.sextant.data.db;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first open of each day backs the database up; the newest {@value #KEEP} daily backups are kept. When the file is
 * exactly as the last clean close left it ({@link CleanClose}), the backup is a {@link DailySnapshot} taken before H2
 * opens the file and compressed by {@link #run}; otherwise (a crash last time, a file changed by something else) it is
 * H2's online {@code BACKUP TO}. What a killed process left is dealt with at the next open: its partial files are
 * deleted and its snapshots compressed into the backups they were to become.
 */
final class DailyBackup {

    static final int KEEP = 7;

    private static final Logger LOG = LoggerFactory.getLogger(DailyBackup.class);

    private final BackupFolder folder;
    private final Clock clock;
    private final List<DailySnapshot> leftovers;
    private final Optional<DailySnapshot> snapshot;

    private DailyBackup(BackupFolder folder, Clock clock, List<DailySnapshot> leftovers, Optional<DailySnapshot> snapshot) {
        this.folder = folder;
        this.clock = clock;
        this.leftovers = leftovers;
        this.snapshot = snapshot;
    }

    /**
     * Called at open while the home is locked and before {@link CleanClose#forget} and H2's open: deletes partial
     * files and takes the day's snapshot when the backup is due and the file is as the last clean close left it.
     */
    static DailyBackup prepare(DatabaseFiles files, Clock clock) {
        BackupFolder folder = new BackupFolder(files.backups());
        folder.deletePartials().forEach(p -> LOG.info("deleted {}, left unfinished by an earlier process", p));
        List<DailySnapshot> leftovers = folder.snapshots();
        LocalDateTime now = LocalDateTime.now(clock);
        boolean due = !folder.has(BackupKind.DAILY, now.toLocalDate())
                && leftovers.stream().noneMatch(s -> s.backup().made().toLocalDate().equals(now.toLocalDate()));
        if (!due || !CleanClose.matches(files)) {
            return new DailyBackup(folder, clock, leftovers, Optional.empty());
        }
        try {
            return new DailyBackup(folder, clock, leftovers, Optional.of(DailySnapshot.take(files, folder, now)));
        } catch (UncheckedIOException e) {
            LOG.warn("the daily snapshot of {} failed, so H2 backs it up online: {}", files.file(), e.getMessage());
            return new DailyBackup(folder, clock, leftovers, Optional.empty());
        }
    }

    /**
     * With the database open (on a thread of its own): compresses the leftover snapshots and the day's, or backs the
     * database up online when the day has no backup yet; then prunes. Returns the day's backup when this made it.
     */
    Optional<Backup> run(DataSource db) {
        for (DailySnapshot left : leftovers) {
            LOG.info("compressed {}, the snapshot an earlier process left", left.compress().file());
        }
        Optional<Backup> made = snapshot.map(DailySnapshot::compress)
                .or(() -> folder.has(BackupKind.DAILY, LocalDate.now(clock)) ? Optional.empty()
                        : Optional.of(OnlineBackup.write(db, folder, BackupKind.DAILY, clock)));
        folder.prune(BackupKind.DAILY, KEEP);
        return made;
    }
}
