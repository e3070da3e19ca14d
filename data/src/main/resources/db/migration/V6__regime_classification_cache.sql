-- Version 6: each day's regime of an index as classified for the split of backtests by regime
-- (by_regime), computed once per (index, volatility index, regime model version, data fingerprint)
-- and reused. volatility_symbol is '' when no volatility index was used (a key column cannot be null).
-- data_fingerprint is DataFingerprint.ofAll of the index's and the volatility index's daily bars, so
-- new or revised bars make a new key and never reuse a stale classification.
-- labels is packed: for each day, ascending, 4 bytes epoch day (big-endian int) and 1 byte regime
-- code; codes are the positions in the fixed list strong_bull, weak_bull, rotating_bull,
-- range_bound, weak_bear, panic_crash, recovery (JooqRegimeClassificationRepository.CODES).
CREATE TABLE regime_classification (
    index_symbol      VARCHAR(32) NOT NULL,
    volatility_symbol VARCHAR(32) NOT NULL,
    model_version     VARCHAR(32) NOT NULL,
    data_fingerprint  VARCHAR(64) NOT NULL,
    day_count         INT NOT NULL,
    first_day         DATE,
    last_day          DATE,
    labels            VARBINARY(1000000000) NOT NULL,
    computed_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (index_symbol, volatility_symbol, model_version, data_fingerprint)
);
