package dev.sextant.data.db;

import java.nio.file.Path;

/** The database of a home was written by a build whose migrations differ from this one's. */
public final class SchemaMismatchException extends RuntimeException {
    public SchemaMismatchException(Path home, String detail) {
        super("the database in " + home + " does not match this version of Sextant (" + detail
                + "). It was written by a newer or a development build; open it with that build, or use another --home.");
    }
}
