package dev.sextant.engine.live;

/** Waits; replaced in tests so that nothing in them depends on real time. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = nanos -> {
        if (nanos > 0) {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    };

    void sleep(long nanos) throws InterruptedException;
}
