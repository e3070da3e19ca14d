package dev.sextant.cloud.sync.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The server's signals, idempotent twice over: a signal id is stored once (a repeat is counted,
 * not stored), and an {@code Idempotency-Key} seen before replays its first answer. Every write
 * goes to an append-only log too, so a test can prove nothing was stored twice.
 */
final class SignalStore {

    record Stored(long seq, String id, JsonNode signal) {
    }

    private record Replay(String bodyHash, String response) {
    }

    private final Map<String, Stored> byId = new LinkedHashMap<>();
    private final List<Stored> log = new ArrayList<>();
    private final Map<String, Replay> keys = new HashMap<>();
    private long repeats;
    private long replays;

    /** The answer stored for {@code key}; empty if the key is new; a different body for a known key is an error. */
    synchronized Optional<String> replay(String key, String bodyHash) {
        Replay r = keys.get(key);
        if (r == null) {
            return Optional.empty();
        }
        if (!r.bodyHash().equals(bodyHash)) {
            throw new IllegalArgumentException("Idempotency-Key " + key + " was used for a different batch");
        }
        replays++;
        return Optional.of(r.response());
    }

    /** Stores the batch's new signals; returns how many were stored already. */
    synchronized int store(List<JsonNode> signals) {
        int repeated = 0;
        for (JsonNode s : signals) {
            String id = s.get("id").asString();
            if (byId.containsKey(id)) {
                repeated++;
                continue;
            }
            Stored stored = new Stored(log.size() + 1L, id, s);
            byId.put(id, stored);
            log.add(stored);
        }
        repeats += repeated;
        return repeated;
    }

    synchronized void remember(String key, String bodyHash, String response) {
        keys.put(key, new Replay(bodyHash, response));
    }

    synchronized List<Stored> since(long seq, int limit) {
        return log.stream().filter(s -> s.seq() > seq).limit(limit).toList();
    }

    /** Every write ever made, in order (a signal appears here as often as it was stored). */
    synchronized List<Stored> log() {
        return List.copyOf(log);
    }

    /** Signals that arrived again after they were stored (absorbed, not stored). */
    synchronized long repeats() {
        return repeats;
    }

    /** Batches answered from the Idempotency-Key record. */
    synchronized long replays() {
        return replays;
    }
}
