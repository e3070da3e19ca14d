package dev.sextant.engine.live;

import dev.sextant.engine.spi.StreamStatus;

/**
 * Observes a {@link LiveSession} (the workstation, the CLI). Every method is called on the subscription's own
 * dispatch thread, never on the stream's, in the order the session produced the events; a slow listener only delays
 * itself (see {@link LiveSession#subscribe} for what is coalesced). All methods default to doing nothing.
 */
public interface LiveSessionListener {

    /** A bar became final. When the listener is behind, only the newest bar of each symbol is kept. */
    default void bar(LiveBar bar) {
    }

    /** A cross fired. Never dropped. */
    default void cross(LiveCross cross) {
    }

    /** A paper fill. Never dropped. */
    default void fill(PaperFill fill) {
    }

    /** The paper portfolio after a bar. When the listener is behind, only the newest is kept. */
    default void paper(PaperSnapshot snapshot) {
    }

    /** The stream's state, or the session's ({@link StreamStatus#STOPPED} when it finished). Never dropped. */
    default void status(StreamStatus status, String detail) {
    }
}
