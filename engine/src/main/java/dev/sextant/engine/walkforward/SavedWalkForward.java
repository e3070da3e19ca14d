package dev.sextant.engine.walkforward;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored walk-forward run in the stored map form.
 *
 * @param folds per fold: {@code index, is_from, is_to, oos_from, oos_to, params, is_metrics,
 *        oos_metrics} followed by the entries of the stored fold details
 */
public record SavedWalkForward(long id, String name, String strategyId, String engineVersion, String dataFingerprint,
        Instant startedAt, Instant finishedAt, Map<String, Object> plan, Map<String, Object> summary,
        List<Map<String, Object>> folds) {
}
