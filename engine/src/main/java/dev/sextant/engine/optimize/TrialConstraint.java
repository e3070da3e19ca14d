package dev.sextant.engine.optimize;

import java.util.Map;
import java.util.Optional;

/** A condition a trial's full-span metrics must meet; a violating trial is recorded as {@link TrialState#INFEASIBLE}. */
public sealed interface TrialConstraint permits TrialConstraint.MinTrades {

    /** Why {@code metrics} (as in {@link dev.sextant.engine.metrics.MetricSet#asMap()}) violate the constraint, or empty. */
    Optional<String> violation(Map<String, Object> metrics);

    /** At least {@code min} closed round trips. */
    record MinTrades(int min) implements TrialConstraint {
        public MinTrades {
            if (min < 0) {
                throw new IllegalArgumentException("min trades must be >= 0, got " + min);
            }
        }

        @Override
        public Optional<String> violation(Map<String, Object> metrics) {
            int trades = ((Number) metrics.get("trades")).intValue();
            return trades >= min ? Optional.empty() : Optional.of("trades " + trades + " < min_trades " + min);
        }
    }
}
