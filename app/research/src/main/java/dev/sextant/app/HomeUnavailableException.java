package dev.sextant.app;

/**
 * The home cannot be opened: another process holds its database, the database was written by a build with other
 * migrations, or its file is damaged (it is kept; {@code data doctor} examines it). The message says which and what
 * to do.
 */
public final class HomeUnavailableException extends RuntimeException {

    public HomeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
