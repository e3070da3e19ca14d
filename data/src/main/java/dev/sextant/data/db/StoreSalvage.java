package dev.sextant.data.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.tools.Recover;
import org.h2.tools.RunScript;

/**
 * Copies what H2 can still read from a damaged database into a new database in another home: H2's recovery tool
 * ({@link Recover}) writes a SQL script of every readable row of a scratch copy, and the script is run into the new
 * home's database (statements that fail are skipped). The damaged file is not changed. H2 2.4's tool cannot read
 * a truncated file (it reads every chunk whole); that fails with one line and writes no database.
 */
public final class StoreSalvage {

    /** The new home and how many tables of data it received. */
    public record Result(Path newHome, Path newFile, int tables) {
    }

    private StoreSalvage() {
    }

    private static void recover(ScratchCopy copy, DatabaseFiles damaged) throws SQLException {
        try {
            Recover.execute(copy.folder().toString(), DatabaseFiles.NAME);
        } catch (org.h2.mvstore.MVStoreException e) {
            throw new IllegalStateException("H2's recovery tool cannot read " + damaged.file() + ": "
                    + StoreFailure.firstLine(e.getMessage()), e);
        }
    }

    public static Result export(DatabaseFiles damaged, Path newHome) {
        DatabaseFiles target = new DatabaseFiles(newHome);
        if (Files.exists(target.file())) {
            throw new IllegalArgumentException(newHome + " already has a database (" + target.file()
                    + "); choose a new folder for the export");
        }
        if (!Files.exists(damaged.file())) {
            throw new IllegalArgumentException("there is no database file " + damaged.file() + " to export from");
        }
        try (HomeLock lock = HomeLock.acquire(damaged); ScratchCopy copy = ScratchCopy.of(damaged)) {
            // a truncated file ends inside a block; H2's tool reads whole chunks, so the missing end reads as zeros
            StoreHeader.expectedLength(copy.file()).ifPresent(copy::padTo);
            recover(copy, damaged);
            Path script = copy.folder().resolve(DatabaseFiles.NAME + ".h2.sql");
            if (!Files.exists(script)) {
                throw new IllegalStateException("H2's recovery tool could read nothing from " + damaged.file());
            }
            Files.createDirectories(target.folder());
            RunScript.execute(DatabaseFiles.urlOf(target.folder()), "sa", "", script.toString(),
                    StandardCharsets.UTF_8, true);
            try (Connection c = DriverManager.getConnection(DatabaseFiles.urlOf(target.folder()), "sa", "")) {
                return new Result(target.home(), target.file(), OpenCheck.tableCount(c));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot export what is readable of " + damaged.file() + ": "
                    + StoreFailure.reason(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export into " + newHome + ": " + e.getMessage(), e);
        }
    }
}
