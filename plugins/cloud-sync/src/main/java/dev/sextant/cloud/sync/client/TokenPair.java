package dev.sextant.cloud.sync.client;

import java.time.Duration;
import java.util.Optional;

/** Tokens from /auth/login or /auth/refresh. {@link #toString()} never shows them. */
public record TokenPair(String accessToken, Duration accessLifetime, Optional<String> refreshToken) {

    @Override
    public String toString() {
        return "TokenPair[access=<hidden>, lifetime=" + accessLifetime + ", refresh="
                + (refreshToken.isPresent() ? "<hidden>" : "none") + "]";
    }
}
