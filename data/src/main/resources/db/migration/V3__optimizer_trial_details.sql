-- Version 3: an optimizer trial keeps why it is not complete and its first-half (pruning) objective,
-- so a resumed study reloads every trial exactly; states are complete, pruned, infeasible or failed.
-- A walk-forward fold keeps its efficiency, trial count and the capital carried in and out.
ALTER TABLE optimizer_trial ADD COLUMN reason VARCHAR(2000);
ALTER TABLE optimizer_trial ADD COLUMN intermediate_value DOUBLE PRECISION;
ALTER TABLE optimizer_trial ADD CONSTRAINT optimizer_trial_state_ck
    CHECK (state IN ('complete', 'pruned', 'infeasible', 'failed'));
ALTER TABLE walk_forward_fold ADD COLUMN details_json CLOB;
ALTER TABLE walk_forward_run ADD COLUMN name VARCHAR(200);
