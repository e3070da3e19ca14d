package dev.sextant.sync.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key within a sliding {@code window}. {@link #check} says how long to wait when
 * the key is over its limit; {@link #record} counts an event. Keys with no event inside the window are dropped.
 */
public final class SlidingWindowLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public SlidingWindowLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Empty when the key may go on; otherwise the wait until the oldest counted event leaves the window. */
    public Optional<Duration> check(String key) {
        Deque<Instant> seen = events.get(key);
        if (seen == null) {
            return Optional.empty();
        }
        synchronized (seen) {
            Instant now = clock.instant();
            prune(seen, now);
            if (seen.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, seen.peekFirst().plus(window)));
        }
    }

    public void record(String key) {
        Deque<Instant> seen = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (seen) {
            prune(seen, clock.instant());
            seen.addLast(clock.instant());
        }
    }

    /** Counts an event and says whether it went over the limit (the wait), as one step. */
    public Optional<Duration> acquire(String key) {
        Deque<Instant> seen = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (seen) {
            Instant now = clock.instant();
            prune(seen, now);
            if (seen.size() >= limit) {
                return Optional.of(Duration.between(now, seen.peekFirst().plus(window)));
            }
            seen.addLast(now);
            return Optional.empty();
        }
    }

    private void prune(Deque<Instant> seen, Instant now) {
        while (!seen.isEmpty() && !seen.peekFirst().plus(window).isAfter(now)) {
            seen.pollFirst();
        }
    }
}
