package dev.sextant.data.provider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when something sleeps, and remembers every sleep. */
final class FakeTime implements Sleeper {

    private long nanos = 1_000_000_000L;
    final List<Duration> sleeps = new ArrayList<>();

    long nanoTime() {
        return nanos;
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        nanos += duration.toNanos();
    }

    /** A fetcher over a real OkHttp client with short timeouts, whose waits go to this clock. */
    HttpFetcher fetcher(RetryPolicy policy) {
        return new HttpFetcher(HttpFetcher.client(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new HostRateLimiter(this::nanoTime, this), policy, this);
    }

    static RetryPolicy policy() {
        return new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(60), 42L);
    }
}
