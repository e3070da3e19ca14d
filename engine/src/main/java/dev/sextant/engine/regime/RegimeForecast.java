package dev.sextant.engine.regime;

import java.util.List;

/**
 * Walk-forward forecasts on the index's dates and their skill.
 *
 * @param horizons the horizons, in order
 * @param probabilities {@code [day][horizon index][regime.ordinal()]}; null for unclassified days
 * @param skill one entry per horizon
 */
public record RegimeForecast(List<Integer> horizons, double[][][] probabilities, List<ForecastSkill> skill) {

    /** The forecast distribution of {@code day} at {@code horizon}, or null when that day is unclassified. */
    public double[] at(int day, int horizon) {
        int h = horizons.indexOf(horizon);
        if (h < 0) {
            throw new IllegalArgumentException("no forecast for horizon " + horizon);
        }
        return probabilities[day] == null ? null : probabilities[day][h];
    }
}
