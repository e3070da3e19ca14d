package dev.sextant.engine.spi;

/** The state of a bar stream, shown by the workstation's stream light. */
public enum StreamStatus {
    /** Opening the connection or authenticating. */
    CONNECTING,
    /** Receiving bars as they close. */
    CONNECTED,
    /** Connected, but the newest bar is older than the provider's usual delay. */
    DELAYED,
    /** The connection dropped; reconnecting, then backfilling the missed minutes. */
    RECONNECTING,
    /** Playing stored bars back (no provider involved). */
    REPLAYING,
    /** A replay is paused. */
    PAUSED,
    /** Stopped by the user, or a replay reached its end. */
    STOPPED,
    /** Gave up: bad keys, or the provider refused. The detail says why. */
    FAILED
}
