package dev.sextant.data.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Checks an existing database file before H2 opens it for writing. H2 treats a 0-byte file as a new database and
 * opens a truncated one as an empty database, rewriting it: both would look like a first start and the user's data
 * would be gone. So the chunk the file's header points to must be all there ({@link StoreHeader}: a cut-off file), and
 * the file is then opened read-only, which H2 does without writing. When H2 says it needs to write to open it (as it
 * does to finish what a killed process left), a scratch copy is opened for writing instead and must still hold tables.
 * A file exactly as Sextant's last clean close left it ({@link CleanClose}) needs no read-only open.
 */
final class OpenCheck {

    private static final int H2_DATABASE_IS_READ_ONLY = 90097;

    private OpenCheck() {
    }

    /** Throws {@link DamagedDatabaseException} when the file exists but cannot be opened with its data. */
    static void check(DatabaseFiles files) {
        Path file = files.file();
        if (!Files.exists(file)) {
            return;
        }
        if (size(file) == 0) {
            throw new DamagedDatabaseException(file, "it is empty (0 bytes)");
        }
        if (!Files.isReadable(file)) {
            throw new DamagedDatabaseException(file, "it cannot be read (no permission)");
        }
        StoreHeader.problem(file).ifPresent(problem -> {
            throw new DamagedDatabaseException(file, problem);
        });
        if (CleanClose.matches(files)) {
            return;
        }
        try (Connection c = DriverManager.getConnection(DatabaseFiles.urlOf(files.folder()) + ";ACCESS_MODE_DATA=r",
                "sa", "")) {
            tableCount(c);
        } catch (SQLException e) {
            if (e.getErrorCode() != H2_DATABASE_IS_READ_ONLY) {
                throw new DamagedDatabaseException(file, StoreFailure.reason(e));
            }
            checkOnScratchCopy(files);
        }
    }

    private static void checkOnScratchCopy(DatabaseFiles files) {
        try (ScratchCopy copy = ScratchCopy.of(files);
             Connection c = DriverManager.getConnection(copy.url(), "sa", "")) {
            if (tableCount(c) == 0) {
                throw new DamagedDatabaseException(files.file(),
                        "it is truncated or incomplete (H2 can open it only as an empty database)");
            }
        } catch (SQLException e) {
            throw new DamagedDatabaseException(files.file(), StoreFailure.reason(e));
        }
    }

    /** The number of tables in the PUBLIC schema. */
    static int tableCount(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }
}
