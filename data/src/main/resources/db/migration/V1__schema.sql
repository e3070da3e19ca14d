-- Sextant schema, version 1. jOOQ classes are generated from these migrations at build time,
-- and the app runs the same files at start-up (Flyway).
-- Conventions: times of daily bars are epoch days (trading date in the exchange's zone);
-- times of intraday bars are epoch seconds (UTC). JSON documents are stored as CLOB text.

CREATE TABLE instrument (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    symbol        VARCHAR(32)  NOT NULL UNIQUE,
    name          VARCHAR(200),
    kind          VARCHAR(16)  NOT NULL DEFAULT 'stock',      -- stock, etf, index
    exchange_zone VARCHAR(64)  NOT NULL DEFAULT 'America/New_York',
    currency      VARCHAR(8)   NOT NULL DEFAULT 'USD',
    synthetic     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Bars are stored as packed column chunks: one row per instrument, timeframe and period
-- (a calendar year for daily bars, a calendar month for intraday bars). See docs/adr/0002.
CREATE TABLE bar_chunk (
    instrument_id BIGINT      NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
    timeframe     VARCHAR(8)  NOT NULL,
    period_start  DATE        NOT NULL,
    bar_count     INT         NOT NULL,
    first_time    BIGINT      NOT NULL,
    last_time     BIGINT      NOT NULL,
    payload       VARBINARY(1000000000) NOT NULL,
    checksum      BIGINT      NOT NULL,
    PRIMARY KEY (instrument_id, timeframe, period_start)
);

CREATE TABLE corporate_action (
    instrument_id BIGINT       NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
    ex_date       DATE         NOT NULL,
    action_type   VARCHAR(16)  NOT NULL,                      -- split, dividend
    amount        DOUBLE PRECISION NOT NULL,                  -- split ratio (new/old) or cash per share
    PRIMARY KEY (instrument_id, ex_date, action_type)
);

CREATE TABLE universe (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL UNIQUE,
    description VARCHAR(1000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE universe_member (
    universe_id   BIGINT NOT NULL REFERENCES universe(id) ON DELETE CASCADE,
    instrument_id BIGINT NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
    member_from   DATE,                                       -- null: since always / unknown
    member_to     DATE,                                       -- null: still a member / unknown
    PRIMARY KEY (universe_id, instrument_id)
);

CREATE TABLE strategy_definition (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL UNIQUE,
    provider_id VARCHAR(100) NOT NULL,
    provider_version VARCHAR(32) NOT NULL,
    params_json CLOB NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE backtest_run (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    strategy_id      VARCHAR(100) NOT NULL,
    request_json     CLOB NOT NULL,
    metrics_json     CLOB NOT NULL,
    engine_version   VARCHAR(32) NOT NULL,
    plugin_versions  VARCHAR(1000),
    data_fingerprint VARCHAR(64) NOT NULL,
    seed             BIGINT,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    label            VARCHAR(200)
);

CREATE TABLE execution (
    run_id     BIGINT NOT NULL REFERENCES backtest_run(id) ON DELETE CASCADE,
    seq        INT    NOT NULL,
    symbol     VARCHAR(32) NOT NULL,
    bar_time   BIGINT NOT NULL,
    side       VARCHAR(4) NOT NULL,                           -- buy, sell
    shares     DOUBLE PRECISION NOT NULL,
    price      DOUBLE PRECISION NOT NULL,
    commission DOUBLE PRECISION NOT NULL,
    reason     VARCHAR(32),
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE round_trip (
    run_id      BIGINT NOT NULL REFERENCES backtest_run(id) ON DELETE CASCADE,
    seq         INT    NOT NULL,
    symbol      VARCHAR(32) NOT NULL,
    entry_time  BIGINT NOT NULL,
    entry_price DOUBLE PRECISION NOT NULL,
    exit_time   BIGINT,                                       -- null: still open at the end
    exit_price  DOUBLE PRECISION,
    shares      DOUBLE PRECISION NOT NULL,
    pnl         DOUBLE PRECISION NOT NULL,
    exit_reason VARCHAR(32),
    bars_held   INT NOT NULL,
    mae         DOUBLE PRECISION,
    mfe         DOUBLE PRECISION,
    PRIMARY KEY (run_id, seq)
);

-- Equity curves as packed columns (time, equity, benchmark, drawdown, exposure), one row per run.
CREATE TABLE equity_curve (
    run_id   BIGINT PRIMARY KEY REFERENCES backtest_run(id) ON DELETE CASCADE,
    points   INT NOT NULL,
    payload  VARBINARY(1000000000) NOT NULL
);

CREATE TABLE optimizer_study (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(200) NOT NULL UNIQUE,
    strategy_id    VARCHAR(100) NOT NULL,
    space_json     CLOB NOT NULL,
    objective      VARCHAR(100) NOT NULL,
    direction      VARCHAR(8) NOT NULL,                       -- maximize, minimize
    sampler        VARCHAR(16) NOT NULL,
    seed           BIGINT,
    request_json   CLOB NOT NULL,
    state          VARCHAR(16) NOT NULL,                      -- running, completed, interrupted, failed
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE optimizer_trial (
    study_id     BIGINT NOT NULL REFERENCES optimizer_study(id) ON DELETE CASCADE,
    trial_number INT NOT NULL,
    params_json  CLOB NOT NULL,
    metrics_json CLOB,
    objective_value DOUBLE PRECISION,
    state        VARCHAR(16) NOT NULL,                        -- complete, pruned, failed, running
    duration_ms  BIGINT,
    PRIMARY KEY (study_id, trial_number)
);

CREATE TABLE walk_forward_run (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    strategy_id  VARCHAR(100) NOT NULL,
    plan_json    CLOB NOT NULL,
    summary_json CLOB,
    engine_version   VARCHAR(32) NOT NULL,
    data_fingerprint VARCHAR(64) NOT NULL,
    seed         BIGINT,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE walk_forward_fold (
    run_id         BIGINT NOT NULL REFERENCES walk_forward_run(id) ON DELETE CASCADE,
    fold_index     INT NOT NULL,
    is_from        DATE NOT NULL,
    is_to          DATE NOT NULL,
    oos_from       DATE NOT NULL,
    oos_to         DATE NOT NULL,
    best_params_json CLOB NOT NULL,
    is_metrics_json  CLOB NOT NULL,
    oos_metrics_json CLOB NOT NULL,
    PRIMARY KEY (run_id, fold_index)
);

CREATE TABLE signal (
    id            VARCHAR(64) PRIMARY KEY,                    -- stable id: hash of strategy, symbol, date
    strategy_id   VARCHAR(100) NOT NULL,
    symbol        VARCHAR(32) NOT NULL,
    signal_date   DATE NOT NULL,
    direction     VARCHAR(8) NOT NULL,                        -- long, exit
    price         DOUBLE PRECISION NOT NULL,
    stop_price    DOUBLE PRECISION,
    target_price  DOUBLE PRECISION,
    strong        BOOLEAN NOT NULL DEFAULT FALSE,
    rank_score    DOUBLE PRECISION,
    details_json  CLOB,
    status        VARCHAR(16) NOT NULL DEFAULT 'active',     -- active, executed, expired
    expires_on    DATE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT signal_status_ck CHECK (status IN ('active', 'executed', 'expired'))
);
CREATE INDEX signal_by_date ON signal(signal_date, strategy_id);

CREATE TABLE regime_snapshot (
    snapshot_date  DATE NOT NULL,
    model_version  VARCHAR(32) NOT NULL,
    regime         VARCHAR(16) NOT NULL,
    probabilities_json CLOB NOT NULL,
    features_json  CLOB NOT NULL,
    PRIMARY KEY (snapshot_date, model_version)
);

-- Everything waiting to be pushed to the hosted account; delivered in idempotent batches.
CREATE TABLE sync_outbox (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    topic          VARCHAR(32) NOT NULL,                      -- signal, ...
    entity_id      VARCHAR(64) NOT NULL,
    payload_json   CLOB NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    attempts       INT NOT NULL DEFAULT 0,
    last_error     VARCHAR(2000),
    delivered_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE setting (
    name        VARCHAR(200) PRIMARY KEY,
    setting_value CLOB NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
