package dev.sextant.engine.job;

/** Receives progress of a long computation. Called from the working thread; implementations hop threads themselves. */
@FunctionalInterface
public interface ProgressSink {

    ProgressSink NONE = (done, total, message) -> { };

    /** {@code done} of {@code total} units are finished; {@code message} says what is being worked on. */
    void progress(long done, long total, String message);
}
