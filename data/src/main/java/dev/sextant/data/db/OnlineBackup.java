package dev.sextant.data.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import javax.sql.DataSource;

/**
 * Writes a backup of an open database with H2's own {@code BACKUP TO}, which copies a consistent state while the
 * database is in use (through a {@link PartialFile}, so an interrupted backup never looks like one).
 */
final class OnlineBackup {

    private OnlineBackup() {
    }

    static Backup write(DataSource db, BackupFolder folder, BackupKind kind, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = folder.newFile(kind, now);
        PartialFile.write(target, partial -> {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write the backup " + target + ": " + StoreFailure.reason(e), e);
            }
        });
        return new Backup(target, now.withNano(0), kind);
    }
}
