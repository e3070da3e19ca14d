package dev.sextant.sync.server.store;

import java.time.Instant;

/** A signal as stored: its document (JSON text), its place in the store and when it arrived. */
public record StoredSignal(long seq, String id, String json, Instant receivedAt) {
}
