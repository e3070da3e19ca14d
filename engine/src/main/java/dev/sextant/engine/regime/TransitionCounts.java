package dev.sextant.engine.regime;

/**
 * Counts of day-to-day regime transitions with a Laplace prior: the estimated probability of
 * going from i to j is {@code (n_ij + α) / (Σ_j n_ij + K·α)} with α the prior pseudo-count and
 * K = 7 regimes, so an unseen transition keeps a small probability and a regime never seen
 * starts from the uniform row. Mutable; feed it only transitions that have already happened.
 */
public final class TransitionCounts {

    private final double prior;
    private final long[][] counts = new long[MarketRegime.COUNT][MarketRegime.COUNT];

    public TransitionCounts(double prior) {
        if (!(prior > 0)) {
            throw new IllegalArgumentException("Laplace prior must be positive, got " + prior);
        }
        this.prior = prior;
    }

    public void add(MarketRegime from, MarketRegime to) {
        counts[from.ordinal()][to.ordinal()]++;
    }

    /** A copy of the raw counts {@code [from][to]}. */
    public long[][] counts() {
        long[][] copy = new long[MarketRegime.COUNT][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /** The one-step transition matrix with the prior, rows summing to 1. */
    public double[][] matrix() {
        double[][] p = new double[MarketRegime.COUNT][MarketRegime.COUNT];
        for (int i = 0; i < p.length; i++) {
            double rowTotal = MarketRegime.COUNT * prior;
            for (long c : counts[i]) {
                rowTotal += c;
            }
            for (int j = 0; j < p.length; j++) {
                p[i][j] = (counts[i][j] + prior) / rowTotal;
            }
        }
        return p;
    }

    /** The distribution {@code horizon} steps after {@code from}: row {@code from} of {@code P^horizon}. */
    public double[] forecast(MarketRegime from, int horizon) {
        return forecast(matrix(), from, horizon);
    }

    static double[] forecast(double[][] p, MarketRegime from, int horizon) {
        double[] dist = new double[MarketRegime.COUNT];
        dist[from.ordinal()] = 1;
        for (int step = 0; step < horizon; step++) {
            double[] next = new double[MarketRegime.COUNT];
            for (int i = 0; i < dist.length; i++) {
                for (int j = 0; j < dist.length; j++) {
                    next[j] += dist[i] * p[i][j];
                }
            }
            dist = next;
        }
        return dist;
    }
}
