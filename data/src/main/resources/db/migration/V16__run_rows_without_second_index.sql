-- Version 16: a saved run's executions and round trips keep one index besides the table's own, not two (#26, speed).
-- H2 gave each of the two tables an index for its primary key (run_id, seq) and another for the foreign key on
-- run_id, and a constraint's index cannot be dropped or shared. Saving a 1-minute run of ten symbols writes some
-- 26 000 rows, each into every index and again when the transaction commits; the second index was about a third of
-- that work. The tables are rebuilt with the foreign key (and its cascade on deleting a run) and no primary key:
-- the repository writes seq 0, 1, 2, ... of a run in the run's own transaction, and reads a run's rows by run_id,
-- ordered by seq. Columns, types and rows stay as they were.
CREATE TABLE execution_v16 (
    run_id     BIGINT NOT NULL REFERENCES backtest_run(id) ON DELETE CASCADE,
    seq        INT    NOT NULL,
    symbol     VARCHAR(32) NOT NULL,
    bar_time   BIGINT NOT NULL,
    side       VARCHAR(4) NOT NULL,                           -- buy, sell
    shares     DOUBLE PRECISION NOT NULL,
    price      DOUBLE PRECISION NOT NULL,
    commission DOUBLE PRECISION NOT NULL,
    reason     VARCHAR(32)
);
INSERT INTO execution_v16 (run_id, seq, symbol, bar_time, side, shares, price, commission, reason)
    SELECT run_id, seq, symbol, bar_time, side, shares, price, commission, reason FROM execution ORDER BY run_id, seq;
DROP TABLE execution;
ALTER TABLE execution_v16 RENAME TO execution;

CREATE TABLE round_trip_v16 (
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
    return_pct  DOUBLE PRECISION
);
INSERT INTO round_trip_v16 (run_id, seq, symbol, entry_time, entry_price, exit_time, exit_price, shares, pnl,
        exit_reason, bars_held, mae, mfe, return_pct)
    SELECT run_id, seq, symbol, entry_time, entry_price, exit_time, exit_price, shares, pnl,
        exit_reason, bars_held, mae, mfe, return_pct FROM round_trip ORDER BY run_id, seq;
DROP TABLE round_trip;
ALTER TABLE round_trip_v16 RENAME TO round_trip;
