package dev.sextant.cloud.sync.outbox;

/** Where pushing stands after a run of the sender. */
public enum SyncState {
    /** Everything queued has been delivered. */
    UP_TO_DATE(false),
    /** The server or network failed; the sender will try again with backoff. */
    RETRYING(false),
    /** The subscription is not trial or active (or the server answered 402): signals wait. */
    WAITING_FOR_SUBSCRIPTION(false),
    /** No valid sign-in (401 after a refresh): sign in again. */
    SIGNED_OUT(true),
    /** The account may not push (403). */
    FORBIDDEN(true),
    /** The server refused a batch as invalid (4xx other than the above); needs a fix, not a retry. */
    REJECTED(true);

    private final boolean needsUser;

    SyncState(boolean needsUser) {
        this.needsUser = needsUser;
    }

    /** Whether the background sender stops until the user acts (sign in, contact support, update). */
    public boolean needsUser() {
        return needsUser;
    }
}
