package dev.sextant.cloud.sync.outbox;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: after the n-th consecutive failure the ceiling is
 * {@code min(max, base * 2^(n-1))} and the wait is uniform in [ceiling/2, ceiling] ("equal
 * jitter", so clients that failed together do not retry together). A server's {@code Retry-After}
 * is a lower bound: the wait is never shorter than it asked.
 */
public record Backoff(Duration base, Duration max, RandomGenerator random) {

    public Backoff {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= max, got base " + base + ", max " + max);
        }
    }

    public Duration delay(int consecutiveFailures, Optional<Duration> retryAfter) {
        if (consecutiveFailures < 1) {
            throw new IllegalArgumentException("consecutive failures must be >= 1, got " + consecutiveFailures);
        }
        int doublings = Math.min(consecutiveFailures - 1, 30);
        long ceiling = Math.min(max.toMillis(), base.toMillis() << doublings);
        long half = ceiling / 2;
        Duration jittered = Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
        return retryAfter.filter(r -> r.compareTo(jittered) > 0).orElse(jittered);
    }
}
