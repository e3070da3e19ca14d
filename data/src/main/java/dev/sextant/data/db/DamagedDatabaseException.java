package dev.sextant.data.db;

import java.nio.file.Path;

/**
 * The database file of a home exists but cannot be used as it is (empty, truncated, corrupted, unreadable).
 * Sextant never re-initialises such a file: it refuses to open it, keeps it as it is, and points to the doctor.
 */
public final class DamagedDatabaseException extends RuntimeException {

    private final Path file;
    private final String reason;

    public DamagedDatabaseException(Path file, String reason) {
        super("the database file " + file + " cannot be used: " + reason + ". It was kept as it is; run"
                + " ./sextant data doctor to check it and restore the last backup.");
        this.file = file;
        this.reason = reason;
    }

    /** Why the file cannot be used, in plain words (no file name, no advice). */
    public String reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
