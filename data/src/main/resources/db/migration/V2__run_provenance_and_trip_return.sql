-- Version 2: a stored backtest keeps its whole provenance (strategy version, resolved params,
-- fill label) and each round trip its return on the entry cost, so a run reloads exactly.
ALTER TABLE backtest_run ADD COLUMN provenance_json CLOB;
ALTER TABLE round_trip ADD COLUMN return_pct DOUBLE PRECISION;
