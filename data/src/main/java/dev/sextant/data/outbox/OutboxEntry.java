package dev.sextant.data.outbox;

/** One queued, undelivered item: its outbox row id, the signal id, and the JSON to push. */
public record OutboxEntry(long id, String entityId, String payloadJson, int attempts) {
}
