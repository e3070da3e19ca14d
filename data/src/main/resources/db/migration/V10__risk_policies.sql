-- Version 10: saved risk policies and what bound in a backtest (issue #25).
-- A risk policy is a named set of limits reused across runs; NULL = that limit is off.
CREATE TABLE risk_policy (
    name                VARCHAR(64) PRIMARY KEY,
    max_gross_exposure  DOUBLE PRECISION,     -- fraction of equity, (0, 1]
    max_position_weight DOUBLE PRECISION,     -- fraction of equity, (0, 1]
    max_sector_weight   DOUBLE PRECISION,     -- fraction of equity, (0, 1]
    max_new_per_day     INT,                  -- entries per trading day, >= 1
    daily_loss_stop     DOUBLE PRECISION,     -- fraction lost in one day that halts entries, (0, 1]
    drawdown_stop       DOUBLE PRECISION,     -- fraction below the peak that halts entries, (0, 1]
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Each filter's and limit's [{name, binds, blocked_entries, reduced_entries}] of a run; NULL for older runs.
ALTER TABLE backtest_run ADD COLUMN constraints_json CLOB;

-- A universe member's sector (e.g. 'Information Technology'), read by a risk policy's sector limit; NULL = unknown.
ALTER TABLE universe_member ADD COLUMN sector VARCHAR(64);
