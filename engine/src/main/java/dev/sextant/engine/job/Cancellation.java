package dev.sextant.engine.job;

/** Asks a long computation to stop at its next safe point. */
@FunctionalInterface
public interface Cancellation {

    Cancellation NEVER = () -> false;

    boolean isCancelled();

    /** Throws {@link CancelledException} when cancellation was requested. */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
