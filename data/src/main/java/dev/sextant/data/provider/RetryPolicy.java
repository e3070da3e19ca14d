package dev.sextant.data.provider;

import java.time.Duration;
import java.util.Random;

/**
 * How often and how long to wait before retrying a failed request: exponential backoff
 * ({@code base * 2^(retry-1)}, capped at {@code maxDelay}) with jitter (a factor drawn uniformly
 * from [0.5, 1.0) by a {@link Random} with {@code seed}), and a ceiling on the wait a server may
 * ask for with {@code Retry-After}: a longer request is not honoured and fails the symbol.
 *
 * @param maxAttempts   attempts in all, including the first
 * @param maxRetryAfter the longest {@code Retry-After} that is waited for
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter, long seed) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** 4 attempts, 1 s base, 30 s cap, Retry-After honoured up to 2 minutes. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2), 20240101L);
    }

    /** A new source of jitter; one per request sequence, so runs are reproducible. */
    public Random jitter() {
        return new Random(seed);
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    public Duration backoff(int retry, Random jitter) {
        long base = baseDelay.toMillis() << Math.min(retry - 1, 20);
        long capped = Math.min(base, maxDelay.toMillis());
        return Duration.ofMillis((long) (capped * (0.5 + 0.5 * jitter.nextDouble())));
    }
}
