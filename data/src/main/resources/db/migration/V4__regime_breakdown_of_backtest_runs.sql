-- Version 4: a stored backtest keeps its split by market regime (the by_regime section of its JSON:
-- index and volatility index used, model version, the strategy's row of the strategy x regime
-- table), so a reopened run shows exactly what was computed when it ran. Null for runs saved before,
-- and when no index was stored to compute regimes from.
ALTER TABLE backtest_run ADD COLUMN by_regime_json CLOB;
