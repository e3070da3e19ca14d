package dev.sextant.sample;

import java.util.EnumMap;
import java.util.Map;

/**
 * A Markov chain over the seven regimes with a minimum dwell time.
 *
 * <p>After a regime has lasted its minimum dwell, it ends each session with probability
 * {@code 1 / meanExtraDwellDays}; the next regime is then drawn from the fixed transition
 * weights below (a regime never follows itself).
 */
final class RegimeChain {

    private static final Map<Regime, Map<Regime, Double>> TRANSITIONS = transitions();

    private RegimeChain() {
    }

    static Regime[] path(int sessions, Regime first, Noise noise) {
        Regime[] path = new Regime[sessions];
        Regime current = first;
        int dwell = 0;
        for (int day = 0; day < sessions; day++) {
            if (dwell >= current.minDwellDays() && noise.chance(1.0 / current.meanExtraDwellDays())) {
                current = next(current, noise);
                dwell = 0;
            }
            path[day] = current;
            dwell++;
        }
        return path;
    }

    private static Regime next(Regime from, Noise noise) {
        double draw = noise.uniform();
        double cumulative = 0;
        Regime last = from;
        for (Map.Entry<Regime, Double> entry : TRANSITIONS.get(from).entrySet()) {
            cumulative += entry.getValue();
            last = entry.getKey();
            if (draw < cumulative) {
                return last;
            }
        }
        return last;
    }

    private static Map<Regime, Map<Regime, Double>> transitions() {
        Map<Regime, Map<Regime, Double>> table = new EnumMap<>(Regime.class);
        table.put(Regime.STRONG_BULL, weights(0, 0.40, 0.30, 0.15, 0.10, 0.05, 0));
        table.put(Regime.WEAK_BULL, weights(0.25, 0, 0.25, 0.20, 0.22, 0.08, 0));
        table.put(Regime.ROTATING_BULL, weights(0.30, 0.25, 0, 0.20, 0.17, 0.08, 0));
        table.put(Regime.RANGE_BOUND, weights(0.15, 0.25, 0.20, 0, 0.28, 0.12, 0));
        table.put(Regime.WEAK_BEAR, weights(0, 0.10, 0, 0.25, 0, 0.45, 0.20));
        table.put(Regime.PANIC_CRASH, weights(0, 0, 0, 0, 0.20, 0, 0.80));
        table.put(Regime.RECOVERY, weights(0.40, 0.35, 0, 0.25, 0, 0, 0));
        return table;
    }

    /** Weights in the order of {@link Regime#values()}; zero weights are left out. */
    private static Map<Regime, Double> weights(double... byRegime) {
        Map<Regime, Double> row = new EnumMap<>(Regime.class);
        for (Regime regime : Regime.values()) {
            if (byRegime[regime.ordinal()] > 0) {
                row.put(regime, byRegime[regime.ordinal()]);
            }
        }
        return row;
    }
}
