package dev.sextant.cloud.sync.outbox;

import java.time.Duration;

/** Waits between retries; tests can record the waits instead of sleeping. */
@FunctionalInterface
public interface Pause {

    Pause SLEEP = d -> Thread.sleep(d);

    void sleep(Duration duration) throws InterruptedException;
}
