package dev.sextant.data.provider;

import dev.sextant.engine.job.CancelledException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Spaces requests to one host evenly: with {@code n} requests per minute, a request waits until
 * {@code 60/n} seconds after the previous request to the same host started.
 */
public final class HostRateLimiter {

    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private final Map<String, Long> nextAllowed = new HashMap<>();

    public HostRateLimiter(LongSupplier nanoClock, Sleeper sleeper) {
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    public static HostRateLimiter real() {
        return new HostRateLimiter(System::nanoTime, Sleeper.REAL);
    }

    /** Waits until a request to {@code host} is allowed and books it. */
    public synchronized void acquire(String host, double requestsPerMinute) {
        long now = nanoClock.getAsLong();
        long allowed = nextAllowed.getOrDefault(host, now);
        if (allowed > now) {
            try {
                sleeper.sleep(Duration.ofNanos(allowed - now));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
            now = allowed;
        }
        nextAllowed.put(host, now + (long) (60e9 / requestsPerMinute));
    }
}
