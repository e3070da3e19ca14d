package dev.sextant.data.db;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;

/** The first open of each day backs the database up; the newest {@value #KEEP} daily backups are kept. */
final class DailyBackup {

    static final int KEEP = 7;

    private DailyBackup() {
    }

    static Optional<Backup> runIfDue(DataSource db, BackupFolder folder, Clock clock) {
        if (folder.has(BackupKind.DAILY, LocalDate.now(clock))) {
            return Optional.empty();
        }
        Backup made = OnlineBackup.write(db, folder, BackupKind.DAILY, clock);
        folder.prune(BackupKind.DAILY, KEEP);
        return Optional.of(made);
    }
}
