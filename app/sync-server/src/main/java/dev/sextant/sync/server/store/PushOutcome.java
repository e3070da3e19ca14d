package dev.sextant.sync.server.store;

/** What a push of a batch did. */
public sealed interface PushOutcome {

    /** Stored now; {@code response} is the answer, kept for the key. */
    record Stored(String response, int added, int duplicates) implements PushOutcome {
    }

    /** The key was answered before for the same body: the first answer again. */
    record Replayed(String response) implements PushOutcome {
    }

    /** The key was used by this account for a different body. */
    record KeyConflict() implements PushOutcome {
    }
}
