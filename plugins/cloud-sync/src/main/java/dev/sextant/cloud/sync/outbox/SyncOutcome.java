package dev.sextant.cloud.sync.outbox;

/** The result of one sender run: its state, how many signals it delivered, and why (for the status line). */
public record SyncOutcome(SyncState state, int delivered, String message) {
}
