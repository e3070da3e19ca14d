package dev.sextant.cloud.sync;

import dev.sextant.cloud.sync.outbox.Backoff;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How the client talks to the server: batch size, retry policy, and HTTP timeouts.
 * {@link #defaults()} is what the app uses.
 */
public record SyncOptions(int batchSize, Backoff backoff, int maxConsecutiveFailures, Duration connectTimeout,
        Duration readTimeout) {

    public static SyncOptions defaults() {
        return new SyncOptions(100, new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), RandomGenerator.getDefault()), 8,
                Duration.ofSeconds(10), Duration.ofSeconds(30));
    }
}
