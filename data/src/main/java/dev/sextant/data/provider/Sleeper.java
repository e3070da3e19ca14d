package dev.sextant.data.provider;

import java.time.Duration;

/** Waits; injectable so that tests of retries and rate limits do not really sleep. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = Thread::sleep;

    void sleep(Duration duration) throws InterruptedException;
}
