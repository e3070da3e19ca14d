package dev.sextant.engine.regime;

import java.util.List;

/**
 * Over all classified days of a run.
 *
 * @param days classified days
 * @param timeShare share of classified days in each regime, by {@link MarketRegime#ordinal()}
 * @param transitionCounts observed day-to-day transitions {@code [from][to]} over the whole run
 * @param transitionMatrix the same with the Laplace prior, rows summing to 1 (the matrix the
 *     forecaster would use on the last day)
 * @param breadthDays classified days on which breadth was available
 * @param skill walk-forward forecast skill per horizon
 */
public record RegimeSummary(
        int days,
        double[] timeShare,
        long[][] transitionCounts,
        double[][] transitionMatrix,
        int breadthDays,
        List<ForecastSkill> skill) {
}
