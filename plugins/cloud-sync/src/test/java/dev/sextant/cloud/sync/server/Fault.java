package dev.sextant.cloud.sync.server;

/** A fault the reference server injects into one {@code POST /v1/signals}. */
public enum Fault {
    /** Close the connection before handling the batch. */
    DROP_BEFORE,
    /** Store the batch, then close the connection without an answer. */
    DROP_AFTER,
    /** Answer 500. */
    ERROR_500,
    /** Answer 503. */
    ERROR_503,
    /** Answer 429 with {@code Retry-After: 1}. */
    TOO_MANY_REQUESTS,
    /** Answer only after the client's read timeout (the batch is stored meanwhile). */
    SLOW,
    /** Move the server clock 16 minutes on, so the access token has really expired (401). */
    EXPIRE_TOKEN,
    /** A signed webhook lapses the subscription to past_due before the batch is checked (402). */
    LAPSE_SUBSCRIPTION,
    /** Store the batch, then SIGKILL the client before it can read the answer and acknowledge. */
    KILL_CLIENT
}
