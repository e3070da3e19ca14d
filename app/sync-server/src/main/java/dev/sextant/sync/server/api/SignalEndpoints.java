package dev.sextant.sync.server.api;

import dev.sextant.sync.server.http.ApiError;
import dev.sextant.sync.server.http.Exchange;
import dev.sextant.sync.server.store.Plan;
import dev.sextant.sync.server.store.PushOutcome;
import dev.sextant.sync.server.store.SignalStore;
import dev.sextant.sync.server.store.StoredSignal;
import dev.sextant.sync.server.store.SubscriptionStore;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /v1/signals} (only while the plan is trial or active, else 402) and {@code GET /v1/signals}. */
final class SignalEndpoints {

    private final Authenticator authenticator;
    private final SubscriptionStore subscriptions;
    private final SignalStore signals;

    SignalEndpoints(Authenticator authenticator, SubscriptionStore subscriptions, SignalStore signals) {
        this.authenticator = authenticator;
        this.subscriptions = subscriptions;
        this.signals = signals;
    }

    void push(Exchange ex) throws IOException {
        long account = authenticator.account(ex);
        Plan plan = subscriptions.plan(account);
        if (!plan.status().allowsSignals()) {
            throw new ApiError(402, "subscription_required", "the subscription is " + plan.status().code()
                    + "; signals are accepted while it is trial or active");
        }
        String key = ex.header("Idempotency-Key").orElse("");
        if (key.length() < 16 || key.length() > 128) {
            throw new ApiError(400, "idempotency_key_required", "send an Idempotency-Key header of 16..128 characters, got "
                    + key.length());
        }
        byte[] raw = ex.body();
        Map<String, String> documents = SignalBatch.documents(ex.json());
        PushOutcome outcome = signals.push(account, key, sha256(raw), documents, added -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("accepted", List.copyOf(documents.keySet()));
            m.put("duplicates", documents.size() - added.size());
            return Exchange.JSON.writeValueAsString(m);
        });
        switch (outcome) {
            case PushOutcome.Stored s -> ex.sendJson(200, s.response());
            case PushOutcome.Replayed r -> ex.sendJson(200, r.response());
            case PushOutcome.KeyConflict c -> throw new ApiError(422, "idempotency_key_reused",
                    "this Idempotency-Key was used for a different batch");
        }
    }

    void read(Exchange ex) throws IOException {
        long account = authenticator.account(ex);
        Map<String, String> q = ex.query();
        long since = number(q, "since", 0, 0, Long.MAX_VALUE);
        int limit = (int) number(q, "limit", 500, 1, 1000);
        List<StoredSignal> page = signals.since(account, since, limit);
        List<JsonNode> docs = new ArrayList<>(page.size());
        for (StoredSignal s : page) {
            ObjectNode doc = (ObjectNode) Exchange.JSON.readTree(s.json());
            doc.put("seq", s.seq());
            doc.put("received_at", s.receivedAt().toString());
            docs.add(doc);
        }
        ex.send(200, Map.of("signals", docs, "next_since", page.isEmpty() ? since : page.getLast().seq()));
    }

    private static long number(Map<String, String> query, String name, long fallback, long min, long max) {
        String raw = query.get(name);
        if (raw == null) {
            return fallback;
        }
        ApiError invalid = new ApiError(400, "invalid_parameter", "'" + name + "' must be a whole number in " + min + ".." + max
                + ", got '" + raw + "'");
        long v;
        try {
            v = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            invalid.initCause(e);
            throw invalid;
        }
        if (v < min || v > max) {
            throw invalid;
        }
        return v;
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
