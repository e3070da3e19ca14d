package dev.sextant.sync.server.store;

import static dev.sextant.sync.server.store.Schema.IDEMPOTENCY;
import static dev.sextant.sync.server.store.Schema.IDEMPOTENCY_ACCOUNT;
import static dev.sextant.sync.server.store.Schema.IDEMPOTENCY_BODY_HASH;
import static dev.sextant.sync.server.store.Schema.IDEMPOTENCY_KEY;
import static dev.sextant.sync.server.store.Schema.IDEMPOTENCY_RESPONSE;
import static dev.sextant.sync.server.store.Schema.SIGNAL;
import static dev.sextant.sync.server.store.Schema.SIGNAL_ACCOUNT;
import static dev.sextant.sync.server.store.Schema.SIGNAL_BODY;
import static dev.sextant.sync.server.store.Schema.SIGNAL_ID;
import static dev.sextant.sync.server.store.Schema.SIGNAL_RECEIVED;
import static dev.sextant.sync.server.store.Schema.SIGNAL_SEQ;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;
import org.jooq.JSONB;
import org.jooq.Record;

/**
 * Each account's signals, idempotent twice over and scoped to the account: a signal id is stored once per account,
 * and an Idempotency-Key answered before for the same body replays its first answer. One transaction per batch;
 * concurrent requests with the same key wait for each other on the key's row.
 */
public final class SignalStore {

    private final DSLContext dsl;

    public SignalStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Stores the batch ({@code documents}: signal id → JSON text) for the account under {@code key}, or replays.
     * {@code answer} makes the response from the ids newly stored.
     */
    public PushOutcome push(long accountId, String key, String bodyHash, Map<String, String> documents,
            Function<Set<String>, String> answer) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            int claimed = tx.insertInto(IDEMPOTENCY).columns(IDEMPOTENCY_ACCOUNT, IDEMPOTENCY_KEY, IDEMPOTENCY_BODY_HASH)
                    .values(accountId, key, bodyHash).onConflictDoNothing().execute();
            if (claimed == 0) {
                Record seen = tx.select(IDEMPOTENCY_BODY_HASH, IDEMPOTENCY_RESPONSE).from(IDEMPOTENCY)
                        .where(IDEMPOTENCY_ACCOUNT.eq(accountId)).and(IDEMPOTENCY_KEY.eq(key)).fetchSingle();
                return seen.get(IDEMPOTENCY_BODY_HASH).equals(bodyHash)
                        ? new PushOutcome.Replayed(seen.get(IDEMPOTENCY_RESPONSE))
                        : new PushOutcome.KeyConflict();
            }
            InsertValuesStep3<?, Long, String, JSONB> insert = tx.insertInto(SIGNAL).columns(SIGNAL_ACCOUNT, SIGNAL_ID, SIGNAL_BODY);
            documents.forEach((id, json) -> insert.values(accountId, id, JSONB.valueOf(json)));
            Set<String> added = new HashSet<>(insert.onConflictDoNothing().returningResult(SIGNAL_ID).fetch(r -> r.value1()));
            String response = answer.apply(added);
            tx.update(IDEMPOTENCY).set(IDEMPOTENCY_RESPONSE, response)
                    .where(IDEMPOTENCY_ACCOUNT.eq(accountId)).and(IDEMPOTENCY_KEY.eq(key)).execute();
            return new PushOutcome.Stored(response, added.size(), documents.size() - added.size());
        });
    }

    /** The account's signals after {@code seq}, oldest first, at most {@code limit}. */
    public List<StoredSignal> since(long accountId, long seq, int limit) {
        return dsl.select(SIGNAL_SEQ, SIGNAL_ID, SIGNAL_BODY, SIGNAL_RECEIVED).from(SIGNAL)
                .where(SIGNAL_ACCOUNT.eq(accountId)).and(SIGNAL_SEQ.gt(seq)).orderBy(SIGNAL_SEQ).limit(limit)
                .fetch(r -> new StoredSignal(r.value1(), r.value2(), r.value3().data(), r.value4().toInstant()));
    }
}
