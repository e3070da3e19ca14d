package dev.sextant.sync.server.store;

import static dev.sextant.sync.server.store.Schema.AUDIT;
import static dev.sextant.sync.server.store.Schema.AUDIT_ACCOUNT;
import static dev.sextant.sync.server.store.Schema.AUDIT_DETAIL;
import static dev.sextant.sync.server.store.Schema.AUDIT_EVENT;
import static dev.sextant.sync.server.store.Schema.AUDIT_ID;
import static dev.sextant.sync.server.store.Schema.AUDIT_IP;

import java.util.List;
import org.jooq.DSLContext;

/** Security and billing events: sign-ins (and failed ones), registrations, refresh-token reuse, subscription changes. */
public final class AuditLog {

    /** One entry as read back. */
    public record Entry(Long accountId, String event, String detail, String clientIp) {
    }

    private final DSLContext dsl;

    public AuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(DSLContext tx, Long accountId, String event, String detail, String clientIp) {
        tx.insertInto(AUDIT).columns(AUDIT_ACCOUNT, AUDIT_EVENT, AUDIT_DETAIL, AUDIT_IP).values(accountId, event, detail, clientIp).execute();
    }

    public void record(Long accountId, String event, String detail, String clientIp) {
        record(dsl, accountId, event, detail, clientIp);
    }

    /** Every entry, oldest first. */
    public List<Entry> entries() {
        return dsl.select(AUDIT_ACCOUNT, AUDIT_EVENT, AUDIT_DETAIL, AUDIT_IP).from(AUDIT).orderBy(AUDIT_ID)
                .fetch(r -> new Entry(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
