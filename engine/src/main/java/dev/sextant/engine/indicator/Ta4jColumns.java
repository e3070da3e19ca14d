package dev.sextant.engine.indicator;

import org.ta4j.core.Indicator;
import org.ta4j.core.num.Num;

/** Reads a Ta4j indicator into a {@code double[]}, NaN where it is not yet stable. */
public final class Ta4jColumns {

    private Ta4jColumns() {
    }

    /**
     * Values {@code 0..n-1}, evaluated in ascending order (Ta4j caches recursive indicators);
     * NaN for {@code i < max(indicator.getCountOfUnstableBars(), firstDefined)} and wherever Ta4j
     * yields NaN.
     */
    public static double[] toColumn(Indicator<Num> indicator, int n, int firstDefined) {
        int warmup = Math.max(indicator.getCountOfUnstableBars(), firstDefined);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double v = indicator.getValue(i).doubleValue();
            out[i] = i < warmup ? Double.NaN : v;
        }
        return out;
    }

    public static double[] toColumn(Indicator<Num> indicator, int n) {
        return toColumn(indicator, n, 0);
    }
}
