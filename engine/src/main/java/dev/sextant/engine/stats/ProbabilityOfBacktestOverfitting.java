package dev.sextant.engine.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The Probability of Backtest Overfitting by combinatorially symmetric cross-validation (CSCV),
 * Bailey, Borwein, López de Prado &amp; Zhu (2017), "The Probability of Backtest Overfitting",
 * J. Computational Finance 20(4).
 * <ol>
 *   <li>A T × N matrix of per-period returns of N candidates (parameter sets) is cut into S
 *       (even) contiguous blocks of ⌊T/S⌋ rows; the first T mod S rows are dropped.</li>
 *   <li>For each of the C(S, S/2) ways to pick S/2 blocks as in-sample J (the rest, J̄, is
 *       out-of-sample), in lexicographic order of the picked blocks: the candidate n* with the
 *       highest in-sample Sharpe ratio (mean / sample std of its returns over J; ties to the lower
 *       column; 0 for a flat column) is taken, its out-of-sample relative rank is
 *       ω = (1 + #{n : SR_J̄(n) &lt; SR_J̄(n*)}) / (N + 1), and its logit λ = ln(ω / (1 − ω)).</li>
 *   <li>PBO = the share of combinations with λ ≤ 0: the in-sample best ranks at or below the
 *       out-of-sample median.</li>
 * </ol>
 */
public record ProbabilityOfBacktestOverfitting(double pbo, int candidates, int blocks, int combinations, double[] logits) {

    /** @param returns {@code returns[n][t]}: candidate n's return in period t; all rows of equal length */
    public static ProbabilityOfBacktestOverfitting of(double[][] returns, int blocks) {
        int n = returns.length;
        if (n < 2) {
            throw new IllegalArgumentException("PBO needs at least 2 candidates, got " + n);
        }
        if (blocks < 2 || blocks % 2 != 0 || blocks > 30) {
            throw new IllegalArgumentException("PBO needs an even number of blocks between 2 and 30, got " + blocks);
        }
        int t = returns[0].length;
        for (double[] row : returns) {
            if (row.length != t) {
                throw new IllegalArgumentException("candidates' return series differ in length");
            }
        }
        int size = t / blocks;
        if (size < 2) {
            throw new IllegalArgumentException(t + " periods are too few for " + blocks + " blocks");
        }
        int skip = t - size * blocks;
        double[][] sum = new double[n][blocks];
        double[][] sumSq = new double[n][blocks];
        for (int c = 0; c < n; c++) {
            for (int b = 0; b < blocks; b++) {
                for (int i = skip + b * size; i < skip + (b + 1) * size; i++) {
                    double v = returns[c][i];
                    sum[c][b] += v;
                    sumSq[c][b] += v * v;
                }
            }
        }
        int half = blocks / 2;
        int full = (1 << blocks) - 1;
        List<Double> logits = new ArrayList<>();
        int overfit = 0;
        for (int mask : lexicographicMasks(blocks, half)) {
            int best = 0;
            double bestSharpe = Double.NEGATIVE_INFINITY;
            double[] oos = new double[n];
            for (int c = 0; c < n; c++) {
                double is = sharpe(sum[c], sumSq[c], mask, size * half);
                if (is > bestSharpe) {
                    bestSharpe = is;
                    best = c;
                }
                oos[c] = sharpe(sum[c], sumSq[c], full & ~mask, size * half);
            }
            int below = 0;
            for (int c = 0; c < n; c++) {
                if (oos[c] < oos[best]) {
                    below++;
                }
            }
            double omega = (1.0 + below) / (n + 1.0);
            double lambda = Math.log(omega / (1 - omega));
            logits.add(lambda);
            if (lambda <= 0) {
                overfit++;
            }
        }
        return new ProbabilityOfBacktestOverfitting((double) overfit / logits.size(), n, blocks, logits.size(),
                logits.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double sharpe(double[] sum, double[] sumSq, int mask, int count) {
        double s = 0;
        double q = 0;
        for (int b = 0; b < sum.length; b++) {
            if ((mask & (1 << b)) != 0) {
                s += sum[b];
                q += sumSq[b];
            }
        }
        double mean = s / count;
        double var = (q - count * mean * mean) / (count - 1);
        return var <= 0 ? 0 : mean / Math.sqrt(var);
    }

    /** Masks with {@code k} of {@code s} bits set, ordered as the sorted block lists they stand for (bit b = block b). */
    private static List<Integer> lexicographicMasks(int s, int k) {
        List<Integer> out = new ArrayList<>();
        int[] pick = new int[k];
        for (int i = 0; i < k; i++) {
            pick[i] = i;
        }
        while (true) {
            int mask = 0;
            for (int p : pick) {
                mask |= 1 << p;
            }
            out.add(mask);
            int i = k - 1;
            while (i >= 0 && pick[i] == s - k + i) {
                i--;
            }
            if (i < 0) {
                return out;
            }
            pick[i]++;
            for (int j = i + 1; j < k; j++) {
                pick[j] = pick[j - 1] + 1;
            }
        }
    }
}
