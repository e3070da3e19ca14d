package dev.sextant.cloud.sync.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** The reference server's clock: system time plus an offset that tests move forward to expire tokens. */
public final class ServerClock extends Clock {

    private final AtomicLong offsetMillis = new AtomicLong();

    public void advance(Duration d) {
        offsetMillis.addAndGet(d.toMillis());
    }

    @Override
    public Instant instant() {
        return Instant.now().plusMillis(offsetMillis.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the server clock is UTC");
    }
}
