package dev.sextant.data.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Checks a home's database without changing it: the file opens ({@link OpenCheck}), Flyway validates its schema
 * against this build's migrations, and H2's {@code SCRIPT} reads every row; the checks after the first run on a
 * scratch copy. Runs only while no other process uses the home.
 */
public final class StoreDoctor {

    private StoreDoctor() {
    }

    public static DoctorReport examine(DatabaseFiles files) {
        BackupFolder folder = new BackupFolder(files.backups());
        Path file = files.file();
        if (!Files.exists(file)) {
            return new DoctorReport(file, DoctorReport.Verdict.NO_DATABASE, Optional.empty(), 0, Map.of(), 0,
                    folder.list(), folder.path());
        }
        try (HomeLock lock = HomeLock.acquire(files)) {
            long size = Files.size(file);
            try {
                OpenCheck.check(files);
            } catch (DamagedDatabaseException e) {
                return damaged(files, folder, size, e.reason());
            }
            try (ScratchCopy copy = ScratchCopy.of(files);
                 Connection c = DriverManager.getConnection(copy.url(), "sa", "")) {
                Flyway flyway = Flyway.configure().dataSource(copy.url(), "sa", "").locations("classpath:db/migration")
                        .ignoreMigrationPatterns("*:pending").load();
                ValidateResult validation = flyway.validateWithResult();
                if (!validation.validationSuccessful) {
                    return damaged(files, folder, size, "its schema does not match this version of Sextant ("
                            + StoreFailure.firstLine(validation.getAllErrorMessages()) + ")");
                }
                int pending = flyway.info().pending().length;
                readEveryRow(c, copy.folder().resolve("everything.sql"));
                return new DoctorReport(file, DoctorReport.Verdict.HEALTHY, Optional.empty(), size, tableRows(c),
                        pending, folder.list(), folder.path());
            } catch (SQLException | FlywayException e) {
                return damaged(files, folder, size, "part of it cannot be read: " + StoreFailure.reason(e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot examine " + file + ": " + e.getMessage(), e);
        }
    }

    private static DoctorReport damaged(DatabaseFiles files, BackupFolder folder, long size, String reason) {
        return new DoctorReport(files.file(), DoctorReport.Verdict.DAMAGED, Optional.of(reason), size, Map.of(), 0,
                folder.list(), folder.path());
    }

    /** H2's {@code SCRIPT TO} writes every row of every table, so a damaged page anywhere fails it. */
    private static void readEveryRow(Connection c, Path script) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SCRIPT TO '" + script.toAbsolutePath().toString().replace("'", "''") + "' COMPRESSION DEFLATE");
        }
    }

    private static Map<String, Long> tableRows(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                rs.next();
                rows.put(table.toLowerCase(Locale.ROOT), rs.getLong(1));
            }
        }
        return rows;
    }
}
