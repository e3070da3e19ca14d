package dev.sextant.data.db;

import java.nio.file.Path;

/** Another process holds the home directory's database. */
public final class HomeInUseException extends RuntimeException {
    public HomeInUseException(Path home) {
        super("Another Sextant process is using " + home + ". Close it first, or choose another data directory"
                + " with --home DIR (or SEXTANT_HOME).");
    }
}
