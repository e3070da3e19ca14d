package dev.sextant.app;

/**
 * The home cannot be opened: another process holds its database, or the database was written by a build with other
 * migrations. The message says which and what to do.
 */
public final class HomeUnavailableException extends RuntimeException {

    public HomeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
