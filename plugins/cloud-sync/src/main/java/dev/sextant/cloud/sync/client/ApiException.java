package dev.sextant.cloud.sync.client;

import java.time.Duration;
import java.util.Optional;

/**
 * The API answered with an error status. {@code error} is the API's error code (e.g.
 * {@code token_expired}), {@code retryAfter} the parsed {@code Retry-After} header if any. The
 * message never contains a token: it is built from the status and the server's error document.
 */
public final class ApiException extends Exception {

    private final int status;
    private final String error;
    private final transient Optional<Duration> retryAfter;

    public ApiException(int status, String error, String message, Optional<Duration> retryAfter) {
        super("HTTP " + status + (error.isEmpty() ? "" : " " + error) + (message.isEmpty() ? "" : ": " + message));
        this.status = status;
        this.error = error;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
