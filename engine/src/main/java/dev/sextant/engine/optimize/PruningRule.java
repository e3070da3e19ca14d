package dev.sextant.engine.optimize;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * When to stop a hopeless trial early. With pruning on, every trial is first backtested on the
 * first half of the study's span (calendar days, the simulation starting on the same first day).
 * The trial is pruned when that intermediate objective's score is below the {@code percentile}
 * of the intermediate scores of all trials of <em>earlier batches</em> (complete or not), once
 * there are at least {@code minReference} of them. Using earlier batches only makes the decision
 * independent of how many threads evaluate a batch. An undefined intermediate objective never
 * prunes. The percentile is the lower empirical one: the value at rank
 * {@code floor(percentile × (n − 1))} of the sorted scores.
 *
 * <p>The intermediate run reuses the trial's cached signals, so it costs only half a simulation;
 * trials that survive pay for both runs.
 */
public record PruningRule(boolean enabled, double percentile, int minReference) {

    public static final PruningRule OFF = new PruningRule(false, 0.25, 10);

    /** Prune below the 25th percentile of at least 10 earlier intermediate scores. */
    public static final PruningRule DEFAULT = new PruningRule(true, 0.25, 10);

    public PruningRule {
        if (!(percentile > 0 && percentile < 1) || minReference < 1) {
            throw new IllegalArgumentException("pruning percentile must be in (0, 1) and minReference >= 1");
        }
    }

    /** The reason to prune a trial whose intermediate score is {@code score}, or empty to go on. */
    public Optional<String> prune(double score, double[] earlierScores) {
        if (!enabled || earlierScores.length < minReference) {
            return Optional.empty();
        }
        double[] sorted = earlierScores.clone();
        Arrays.sort(sorted);
        double cut = sorted[(int) Math.floor(percentile * (sorted.length - 1))];
        if (score >= cut) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "first-half score %.4f below the %.0fth percentile %.4f of %d earlier trials",
                score, percentile * 100, cut, sorted.length));
    }
}
