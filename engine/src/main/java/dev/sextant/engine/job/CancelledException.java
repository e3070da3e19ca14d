package dev.sextant.engine.job;

/** A computation stopped because the user cancelled it; work already committed stays. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
