package dev.sextant.engine.optimize;

import java.util.Locale;

/**
 * How a trial ended. {@code COMPLETE}: evaluated on the whole span, constraints met, objective
 * defined. {@code PRUNED}: stopped after the first half of the span (see {@link PruningRule}).
 * {@code INFEASIBLE}: evaluated, but a constraint is violated or the objective is undefined.
 * {@code FAILED}: the backtest rejected the parameters (the reason holds its message).
 */
public enum TrialState {
    COMPLETE, PRUNED, INFEASIBLE, FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TrialState parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
