-- Version 5: paper portfolios (issue #12). A portfolio follows a strategy (or switches between
-- candidates) forward day by day. Its history (days, executions, round trips, switches) is only
-- ever appended to: an update inserts the new days' rows and replaces the current state (book,
-- active strategy, last processed day) in the same transaction. The primary keys on
-- (portfolio_id, trade_date) and (portfolio_id, seq) make a rewrite of a saved day fail.
CREATE TABLE paper_portfolio (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(100) NOT NULL UNIQUE,
    ghost_of        VARCHAR(100),                 -- name of the live portfolio this one shadows
    request_json    CLOB NOT NULL,                -- BacktestRequestMap form; from = start date
    candidates_json CLOB,                         -- [{label, strategy, params}] when it switches
    switching_json  CLOB,                         -- {window_days, min_gap, cool_down_days, by_regime}
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    active_strategy VARCHAR(200) NOT NULL,        -- label trading from the day after last_day
    last_day        DATE,                         -- last processed day, null before the first update
    last_switch     DATE,
    book_json       CLOB NOT NULL,                -- PortfolioBook: cash, holdings, pending orders
    origins_json    CLOB NOT NULL,                -- {symbol: origin} of the open holdings
    updated_at      TIMESTAMP WITH TIME ZONE
);

CREATE TABLE paper_day (
    portfolio_id BIGINT NOT NULL REFERENCES paper_portfolio(id) ON DELETE CASCADE,
    trade_date   DATE NOT NULL,
    equity       DOUBLE PRECISION NOT NULL,
    cash         DOUBLE PRECISION NOT NULL,
    exposure     DOUBLE PRECISION NOT NULL,
    positions    INT NOT NULL,
    strategy     VARCHAR(200) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (portfolio_id, trade_date)
);

CREATE TABLE paper_execution (
    portfolio_id BIGINT NOT NULL REFERENCES paper_portfolio(id) ON DELETE CASCADE,
    seq          INT NOT NULL,
    symbol       VARCHAR(32) NOT NULL,
    trade_date   DATE NOT NULL,
    side         VARCHAR(4) NOT NULL,
    shares       BIGINT NOT NULL,
    price        DOUBLE PRECISION NOT NULL,
    commission   DOUBLE PRECISION NOT NULL,
    reason       VARCHAR(32),
    PRIMARY KEY (portfolio_id, seq)
);

CREATE TABLE paper_round_trip (
    portfolio_id BIGINT NOT NULL REFERENCES paper_portfolio(id) ON DELETE CASCADE,
    seq          INT NOT NULL,
    symbol       VARCHAR(32) NOT NULL,
    origin       VARCHAR(200) NOT NULL,           -- strategy label, or 'hand'
    entry_date   DATE NOT NULL,
    entry_price  DOUBLE PRECISION NOT NULL,
    shares       BIGINT NOT NULL,
    exit_date    DATE NOT NULL,
    exit_price   DOUBLE PRECISION NOT NULL,
    exit_reason  VARCHAR(32) NOT NULL,
    pnl          DOUBLE PRECISION NOT NULL,
    return_pct   DOUBLE PRECISION NOT NULL,
    bars_held    INT NOT NULL,
    mae          DOUBLE PRECISION NOT NULL,
    mfe          DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (portfolio_id, seq)
);

CREATE TABLE paper_switch (
    portfolio_id  BIGINT NOT NULL REFERENCES paper_portfolio(id) ON DELETE CASCADE,
    seq           INT NOT NULL,
    switch_date   DATE NOT NULL,
    from_strategy VARCHAR(200) NOT NULL,
    to_strategy   VARCHAR(200) NOT NULL,
    from_score    DOUBLE PRECISION NOT NULL,
    to_score      DOUBLE PRECISION NOT NULL,
    scores_json   CLOB NOT NULL,
    regime        VARCHAR(32),
    reason        VARCHAR(2000) NOT NULL,
    PRIMARY KEY (portfolio_id, seq)
);

CREATE TABLE paper_hand_trade (
    portfolio_id BIGINT NOT NULL REFERENCES paper_portfolio(id) ON DELETE CASCADE,
    seq          INT NOT NULL,
    trade_date   DATE NOT NULL,
    symbol       VARCHAR(32) NOT NULL,
    side         VARCHAR(4) NOT NULL,
    shares       BIGINT NOT NULL,
    price        DOUBLE PRECISION NOT NULL,
    commission   DOUBLE PRECISION NOT NULL,
    booked       BOOLEAN NOT NULL DEFAULT FALSE,  -- true once an update has booked it
    PRIMARY KEY (portfolio_id, seq)
);
