package dev.sextant.sync.server.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The tables and columns of V1__accounts_signals_billing.sql, typed for jOOQ (the schema is small: no code generation). */
final class Schema {

    private Schema() {
    }

    static final Table<?> ACCOUNT = table(name("account"));
    static final Field<Long> ACCOUNT_ID = field(name("account", "id"), SQLDataType.BIGINT);
    static final Field<String> ACCOUNT_EMAIL = field(name("account", "email"), SQLDataType.CLOB);
    static final Field<String> ACCOUNT_PASSWORD_HASH = field(name("account", "password_hash"), SQLDataType.CLOB);
    static final Field<String> ACCOUNT_STRIPE_CUSTOMER = field(name("account", "stripe_customer_id"), SQLDataType.CLOB);

    static final Table<?> SUBSCRIPTION = table(name("subscription"));
    static final Field<Long> SUBSCRIPTION_ACCOUNT = field(name("subscription", "account_id"), SQLDataType.BIGINT);
    static final Field<String> SUBSCRIPTION_STATUS = field(name("subscription", "status"), SQLDataType.CLOB);
    static final Field<OffsetDateTime> SUBSCRIPTION_PERIOD_END = field(name("subscription", "current_period_end"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<String> SUBSCRIPTION_STRIPE_ID = field(name("subscription", "stripe_subscription_id"), SQLDataType.CLOB);
    static final Field<Long> SUBSCRIPTION_STATE_CREATED = field(name("subscription", "state_created"), SQLDataType.BIGINT);
    static final Field<OffsetDateTime> SUBSCRIPTION_UPDATED = field(name("subscription", "updated_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

    static final Table<?> REFRESH = table(name("refresh_token"));
    static final Field<String> REFRESH_HASH = field(name("refresh_token", "token_hash"), SQLDataType.CLOB);
    static final Field<Long> REFRESH_ACCOUNT = field(name("refresh_token", "account_id"), SQLDataType.BIGINT);
    static final Field<UUID> REFRESH_FAMILY = field(name("refresh_token", "family"), SQLDataType.UUID);
    static final Field<OffsetDateTime> REFRESH_EXPIRES = field(name("refresh_token", "expires_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<OffsetDateTime> REFRESH_USED = field(name("refresh_token", "used_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<OffsetDateTime> REFRESH_REVOKED = field(name("refresh_token", "revoked_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

    static final Table<?> SIGNAL = table(name("signal"));
    static final Field<Long> SIGNAL_ACCOUNT = field(name("signal", "account_id"), SQLDataType.BIGINT);
    static final Field<String> SIGNAL_ID = field(name("signal", "signal_id"), SQLDataType.CLOB);
    static final Field<Long> SIGNAL_SEQ = field(name("signal", "seq"), SQLDataType.BIGINT);
    static final Field<JSONB> SIGNAL_BODY = field(name("signal", "body"), SQLDataType.JSONB);
    static final Field<OffsetDateTime> SIGNAL_RECEIVED = field(name("signal", "received_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

    static final Table<?> IDEMPOTENCY = table(name("idempotency_key"));
    static final Field<Long> IDEMPOTENCY_ACCOUNT = field(name("idempotency_key", "account_id"), SQLDataType.BIGINT);
    static final Field<String> IDEMPOTENCY_KEY = field(name("idempotency_key", "idem_key"), SQLDataType.CLOB);
    static final Field<String> IDEMPOTENCY_BODY_HASH = field(name("idempotency_key", "body_hash"), SQLDataType.CLOB);
    static final Field<String> IDEMPOTENCY_RESPONSE = field(name("idempotency_key", "response"), SQLDataType.CLOB);

    static final Table<?> STRIPE_EVENT = table(name("stripe_event"));
    static final Field<String> STRIPE_EVENT_ID = field(name("stripe_event", "event_id"), SQLDataType.CLOB);
    static final Field<String> STRIPE_EVENT_TYPE = field(name("stripe_event", "event_type"), SQLDataType.CLOB);

    static final Table<?> AUDIT = table(name("audit_log"));
    static final Field<Long> AUDIT_ID = field(name("audit_log", "id"), SQLDataType.BIGINT);
    static final Field<OffsetDateTime> AUDIT_AT = field(name("audit_log", "at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<Long> AUDIT_ACCOUNT = field(name("audit_log", "account_id"), SQLDataType.BIGINT);
    static final Field<String> AUDIT_EVENT = field(name("audit_log", "event"), SQLDataType.CLOB);
    static final Field<String> AUDIT_DETAIL = field(name("audit_log", "detail"), SQLDataType.CLOB);
    static final Field<String> AUDIT_IP = field(name("audit_log", "client_ip"), SQLDataType.CLOB);
}
