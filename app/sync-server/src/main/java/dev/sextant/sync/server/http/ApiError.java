package dev.sextant.sync.server.http;

import java.time.Duration;
import java.util.Optional;

/** An answer other than success: HTTP status, the {@code error} code and message of the contract's Error document. */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final Optional<Duration> retryAfter;

    public ApiError(int status, String code, String message) {
        this(status, code, message, Optional.empty());
    }

    public ApiError(int status, String code, String message, Optional<Duration> retryAfter) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
