package dev.sextant.engine.stats;

/**
 * Moments of a return series: mean, sample standard deviation (divisor n−1), skewness
 * {@code m3 / m2^1.5} and kurtosis {@code m4 / m2²} (not excess: 3 for a normal distribution),
 * with {@code m_k} the central moments with divisor n.
 */
public record ReturnMoments(int count, double mean, double stdDev, double skewness, double kurtosis) {

    public static ReturnMoments of(double[] r) {
        int n = r.length;
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 returns, got " + n);
        }
        double mean = 0;
        for (double v : r) {
            mean += v;
        }
        mean /= n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : r) {
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
        }
        double sd = Math.sqrt(m2 / (n - 1));
        m2 /= n;
        m3 /= n;
        m4 /= n;
        return new ReturnMoments(n, mean, sd, m2 == 0 ? 0 : m3 / Math.pow(m2, 1.5), m2 == 0 ? 3 : m4 / (m2 * m2));
    }

    /** Per-period Sharpe ratio {@code mean / stdDev} (no risk-free rate, not annualised); 0 when flat. */
    public double sharpe() {
        return stdDev == 0 ? 0 : mean / stdDev;
    }
}
