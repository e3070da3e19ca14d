-- The sync server's schema: every stored row belongs to one account.
create table account (
    id                 bigserial primary key,
    email              text        not null unique,
    password_hash      text        not null,
    stripe_customer_id text unique,
    created_at         timestamptz not null default now()
);

-- No row: the account never subscribed (status "none").
create table subscription (
    account_id             bigint primary key references account (id),
    status                 text        not null,
    current_period_end     timestamptz,
    stripe_subscription_id text,
    -- the Stripe event time (unix seconds) of the state stored here; an older event does not overwrite it
    state_created          bigint      not null,
    updated_at             timestamptz not null default now()
);

-- Refresh tokens are stored hashed. Each refresh uses one and issues the next of the same family; presenting a
-- used one again revokes the family (reuse detection).
create table refresh_token (
    token_hash text primary key,
    account_id bigint      not null references account (id),
    family     uuid        not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    revoked_at timestamptz
);
create index refresh_token_family on refresh_token (family);

create table signal (
    account_id  bigint      not null references account (id),
    signal_id   text        not null,
    seq         bigserial   not null,
    body        jsonb       not null,
    received_at timestamptz not null default now(),
    primary key (account_id, signal_id)
);
create index signal_account_seq on signal (account_id, seq);

-- An Idempotency-Key is the account's: another account sending the same key makes a new request.
create table idempotency_key (
    account_id bigint      not null references account (id),
    idem_key   text        not null,
    body_hash  text        not null,
    response   text,
    created_at timestamptz not null default now(),
    primary key (account_id, idem_key)
);

-- Stripe event ids already applied: a replayed event is processed once.
create table stripe_event (
    event_id    text primary key,
    event_type  text        not null,
    received_at timestamptz not null default now()
);

create table audit_log (
    id         bigserial primary key,
    at         timestamptz not null default now(),
    account_id bigint references account (id),
    event      text        not null,
    detail     text        not null,
    client_ip  text
);
