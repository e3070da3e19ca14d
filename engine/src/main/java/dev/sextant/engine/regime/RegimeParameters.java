package dev.sextant.engine.regime;

import java.util.List;
import java.util.Objects;

/**
 * Every threshold of the regime model in one place. {@link #defaults()} are the documented values
 * (see {@code docs/conventions/regime-model.md}); they were set on the generated sample market, never on real dates.
 *
 * @param nearHighBand a member is "near its high" when its adjusted close is ≥ (1 − band) × its
 *     252-bar closing high (0.02 = within 2 %)
 * @param breadthMinShare breadth is defined on a day only when at least this share of the
 *     universe is eligible (has a bar that day and 252 bars of history)
 * @param breadthMinMembers … and at least this many members are eligible
 * @param volStaleDays calendar days a volatility-index close may be carried to an index date it lacks
 * @param volPercentileBars window of the volatility percentile, in index bars (252 = one year)
 * @param profiles one scored profile per regime, in {@link MarketRegime} order
 * @param scales the shared tolerance of each feature in the profile scores
 * @param breadthWeight multiplies the two breadth terms of every score (0 ignores breadth)
 * @param temperature probabilities are {@code softmax(score / temperature)}; larger = less sure
 * @param switchMargin the classified regime changes only when a challenger's score beats the
 *     incumbent's by more than this (score units: a margin of 1 is a likelihood ratio of e)
 * @param minDwellDays the classified regime is kept for at least this many classified days
 * @param panicMinDwellDays the shorter minimum dwell of {@code panic_crash} (crashes are brief)
 * @param laplacePrior pseudo-count added to every cell of the transition counts before any data
 * @param logLossFloor probabilities below this count as this in the log-loss (so a wrong
 *     certain forecast costs {@code −ln floor}, not infinity); applies to model and baseline alike
 * @param horizons forecast horizons in trading days
 * @param outlookHorizon the horizon whose forecast decides outlook and action
 * @param outlookMargin outlook is improving / deteriorating when the expected risk score at the
 *     outlook horizon is below / above today's regime's risk score by more than this
 * @param tightenStopsRisk the action is at least "tighten stops" from this risk level
 * @param reduceExposureRisk … "reduce exposure" from this level
 * @param goToCashRisk … "go to cash" from this level
 */
public record RegimeParameters(
        double nearHighBand,
        double breadthMinShare,
        int breadthMinMembers,
        int volStaleDays,
        int volPercentileBars,
        List<RegimeProfile> profiles,
        FeatureScales scales,
        double breadthWeight,
        double temperature,
        double switchMargin,
        int minDwellDays,
        int panicMinDwellDays,
        double laplacePrior,
        double logLossFloor,
        List<Integer> horizons,
        int outlookHorizon,
        double outlookMargin,
        double tightenStopsRisk,
        double reduceExposureRisk,
        double goToCashRisk) {

    public RegimeParameters {
        profiles = List.copyOf(profiles);
        horizons = List.copyOf(horizons);
        Objects.requireNonNull(scales, "scales");
        if (profiles.size() != MarketRegime.COUNT) {
            throw new IllegalArgumentException("need one profile per regime, got " + profiles.size());
        }
        for (int k = 0; k < MarketRegime.COUNT; k++) {
            if (profiles.get(k).regime().ordinal() != k) {
                throw new IllegalArgumentException("profiles must be in regime order; position " + k
                        + " holds " + profiles.get(k).regime());
            }
        }
        if (!(temperature > 0) || !(laplacePrior > 0) || !(logLossFloor > 0 && logLossFloor < 1)) {
            throw new IllegalArgumentException("temperature, Laplace prior and log-loss floor must be positive (floor < 1)");
        }
        if (minDwellDays < 1 || panicMinDwellDays < 1 || volPercentileBars < 2) {
            throw new IllegalArgumentException("dwell must be >= 1 day and the percentile window >= 2 bars");
        }
        if (horizons.isEmpty() || horizons.stream().anyMatch(h -> h < 1) || !horizons.contains(outlookHorizon)) {
            throw new IllegalArgumentException("horizons must be >= 1 and include the outlook horizon " + outlookHorizon);
        }
        if (!(tightenStopsRisk <= reduceExposureRisk && reduceExposureRisk <= goToCashRisk)) {
            throw new IllegalArgumentException("action risk levels must be ascending");
        }
    }

    public RegimeProfile profile(MarketRegime regime) {
        return profiles.get(regime.ordinal());
    }

    /** A copy with other profiles, scales and breadth weight (for experiments and tests). */
    public RegimeParameters withProfiles(List<RegimeProfile> newProfiles, FeatureScales newScales, double newBreadthWeight) {
        return new RegimeParameters(nearHighBand, breadthMinShare, breadthMinMembers, volStaleDays, volPercentileBars,
                newProfiles, newScales, newBreadthWeight, temperature, switchMargin, minDwellDays, panicMinDwellDays,
                laplacePrior, logLossFloor, horizons, outlookHorizon, outlookMargin, tightenStopsRisk,
                reduceExposureRisk, goToCashRisk);
    }

    public static RegimeParameters defaults() {
        return new RegimeParameters(
                0.02, 0.5, 10, 5, 252,
                List.of(
                        // Centres: class means on the sample market 2009–2016 (rounded); panic_crash's trend
                        // centres set by hand (see docs/conventions/regime-model.md).
                        //                                           d20     d50     d200   r20     r60     r252   vol   vol%  >sma50 nearHi
                        new RegimeProfile(MarketRegime.STRONG_BULL, 0.011, 0.026, 0.105, 0.023, 0.059, 0.372, 12.0, 0.33, 0.64, 0.22),
                        new RegimeProfile(MarketRegime.WEAK_BULL, 0.001, 0.010, 0.051, 0.002, 0.042, 0.184, 18.0, 0.35, 0.52, 0.12),
                        new RegimeProfile(MarketRegime.ROTATING_BULL, 0.002, 0.011, 0.043, 0.007, 0.038, 0.125, 17.0, 0.68, 0.59, 0.16),
                        new RegimeProfile(MarketRegime.RANGE_BOUND, -0.006, -0.019, -0.031, -0.013, -0.046, -0.011, 15.5, 0.50, 0.41, 0.06),
                        new RegimeProfile(MarketRegime.WEAK_BEAR, -0.006, -0.005, 0.013, -0.005, -0.001, -0.004, 23.5, 0.70, 0.48, 0.10),
                        new RegimeProfile(MarketRegime.PANIC_CRASH, -0.010, -0.010, -0.030, -0.020, -0.030, -0.100, 50.0, 0.99, 0.50, 0.05),
                        new RegimeProfile(MarketRegime.RECOVERY, 0.010, -0.004, -0.038, 0.015, -0.048, -0.049, 32.0, 0.82, 0.48, 0.06)),
                // Scales: pooled within-regime standard deviations on the same days (rounded).
                new FeatureScales(0.024, 0.040, 0.085, 0.044, 0.071, 0.230, 0.245, 0.250, 0.190, 0.106),
                0.5,  // breadthWeight
                3.0,  // temperature
                2.0,  // switchMargin
                5,    // minDwellDays
                3,    // panicMinDwellDays
                1.0,  // laplacePrior
                1e-3, // logLossFloor
                List.of(1, 5, 10, 20),
                10,   // outlookHorizon
                0.25, // outlookMargin
                1.0,  // tightenStopsRisk
                2.5,  // reduceExposureRisk
                3.5); // goToCashRisk
    }
}
