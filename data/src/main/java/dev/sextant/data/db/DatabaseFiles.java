package dev.sextant.data.db;

import java.nio.file.Path;

/**
 * Where the files of a home's database are: {@code <home>/db/sextant.mv.db}, its backups in
 * {@code <home>/db/backups/}, and the lock file {@code <home>/sextant.lock}.
 */
public record DatabaseFiles(Path home) {

    /** H2's name of the database: the file is this plus {@code .mv.db}. */
    static final String NAME = "sextant";

    public DatabaseFiles {
        home = home.toAbsolutePath();
    }

    public Path folder() {
        return home.resolve("db");
    }

    /** The H2 file that holds all data. */
    public Path file() {
        return folder().resolve(NAME + ".mv.db");
    }

    public Path backups() {
        return folder().resolve("backups");
    }

    public Path lockFile() {
        return home.resolve("sextant.lock");
    }

    /**
     * The JDBC URL for normal use. H2 keeps a session's parsed statements by text; its default of 8 was fewer than one
     * imported file or saved run uses, so every statement was parsed again (#24).
     */
    String url() {
        return urlOf(folder()) + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64";
    }

    /** The JDBC URL of a database named like ours in another folder (a scratch copy, a new home). */
    static String urlOf(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(NAME);
    }
}
