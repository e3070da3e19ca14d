package dev.sextant.engine.scan;

import dev.sextant.engine.rules.EntryRules;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * @param strategyId strategy whose entry signals are listed
 * @param params raw overrides of its params
 * @param date scan date; null = the latest date of any supplied series. Symbols without a bar on
 *        that date are skipped.
 * @param approachDistance list symbols within this fraction below the trigger (default 0.02)
 * @param momentumTop length of the momentum ranking (momentum-rank with default params); 0 = none
 * @param rules entry filters: the day filters (market filter, regime gate, volatility ceiling) apply to the
 *        scan date; the circuit breaker and risk policy need a portfolio and are listed as not applied
 */
public record ScanRequest(String strategyId, Map<String, Object> params, LocalDate date, double approachDistance,
        int momentumTop, EntryRules rules) {

    public ScanRequest {
        Objects.requireNonNull(strategyId);
        Objects.requireNonNull(rules, "rules");
        params = Map.copyOf(params);
        if (!(approachDistance >= 0)) {
            throw new IllegalArgumentException("approach distance must be >= 0, got " + approachDistance);
        }
    }

    /** Latest date, default params, 2 % approach distance, top 20 momentum, no entry filters. */
    public static ScanRequest of(String strategyId) {
        return new ScanRequest(strategyId, Map.of(), null, 0.02, 20, EntryRules.NONE);
    }

    /** This request on another date. */
    public ScanRequest on(LocalDate otherDate) {
        return new ScanRequest(strategyId, params, otherDate, approachDistance, momentumTop, rules);
    }
}
