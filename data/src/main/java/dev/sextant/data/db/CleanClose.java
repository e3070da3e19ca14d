package dev.sextant.data.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * How the database file looked when Sextant last closed it with no connection left open: its size and modification
 * time, in {@code <home>/db/sextant.closed}. A file that still looks so is the one H2 finished writing at that close,
 * so {@link OpenCheck} need not open it read-only first, which cost as much as the open itself (about a tenth of a
 * second of every command, #24). The record is removed before the database is opened for writing, so a process that
 * is killed, or a file changed by anything else, leaves none that matches.
 */
final class CleanClose {

    private CleanClose() {
    }

    /** Whether the file is exactly as the last clean close left it. */
    static boolean matches(DatabaseFiles files) {
        Path record = record(files);
        try {
            return Files.exists(record) && Files.readString(record).equals(look(files.file()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + record + ": " + e.getMessage(), e);
        }
    }

    /** Removes the record, before the file is opened for writing. */
    static void forget(DatabaseFiles files) {
        try {
            Files.deleteIfExists(record(files));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + record(files) + ": " + e.getMessage(), e);
        }
    }

    /** Records the file as it is now, after H2 closed it. */
    static void remember(DatabaseFiles files) {
        try {
            Files.writeString(record(files), look(files.file()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + record(files) + ": " + e.getMessage(), e);
        }
    }

    private static Path record(DatabaseFiles files) {
        return files.folder().resolve(DatabaseFiles.NAME + ".closed");
    }

    private static String look(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }
}
