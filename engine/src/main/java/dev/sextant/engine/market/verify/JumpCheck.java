package dev.sextant.engine.market.verify;

import dev.sextant.engine.market.PriceColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flags large close-to-close moves, telling probable unadjusted splits from other jumps.
 *
 * <p>With {@code r = close[i] / close[i-1]}, bar {@code i} is a <b>split-like jump</b> when, for
 * one split ratio {@code c} (2, 3, 4, 5, 10, 3/2, 4/3, 5/4 and their inverses for reverse
 * splits): {@code r} is within {@code splitTolerance} of {@code c} ({@code |r/c - 1| <= 2 %});
 * the open jumped too ({@code open[i] / close[i-1]} within {@code splitOpenTolerance} of
 * {@code c}); and the adjusted close moved much less, at most a quarter as much in log terms
 * ({@code |ln(adj[i]/adj[i-1])| <= |ln c| / 4}). A series without a real adjusted close
 * (adjusted close equal to close) can therefore show no split-like jumps.
 *
 * <p>Otherwise it is a <b>suspicious jump</b> when {@code |r - 1| > jumpThreshold} (35 %).
 */
final class JumpCheck implements BarCheck {

    private static final double[] SPLIT_RATIOS = splitRatios();
    private static final double ADJUSTED_SHARE = 0.25;

    private final double jumpThreshold;
    private final double splitTolerance;
    private final double splitOpenTolerance;

    JumpCheck(double jumpThreshold, double splitTolerance, double splitOpenTolerance) {
        this.jumpThreshold = jumpThreshold;
        this.splitTolerance = splitTolerance;
        this.splitOpenTolerance = splitOpenTolerance;
    }

    @Override
    public List<Finding> inspect(PriceColumns series) {
        List<Finding> findings = new ArrayList<>();
        double[] close = series.close();
        for (int i = 1; i < series.size(); i++) {
            double ratio = close[i] / close[i - 1];
            double split = splitRatio(series, i, ratio);
            String move = String.format(Locale.ROOT, "close %s -> %s (%+.1f %%)", close[i - 1], close[i], (ratio - 1) * 100);
            if (split > 0) {
                findings.add(Finding.of(series, i, FindingKind.SPLIT_LIKE_JUMP, move + String.format(Locale.ROOT,
                        ", open %s, adj close %s -> %s: looks like a split ratio of %.4f",
                        series.open()[i], series.adjClose()[i - 1], series.adjClose()[i], split)));
            } else if (Math.abs(ratio - 1) > jumpThreshold) {
                findings.add(Finding.of(series, i, FindingKind.SUSPICIOUS_JUMP, move));
            }
        }
        return findings;
    }

    /** The split ratio bar {@code i} matches, or 0 when it matches none. */
    private double splitRatio(PriceColumns series, int i, double closeRatio) {
        double openRatio = series.open()[i] / series.close()[i - 1];
        double adjustedMove = Math.abs(Math.log(series.adjClose()[i] / series.adjClose()[i - 1]));
        for (double split : SPLIT_RATIOS) {
            if (Math.abs(closeRatio / split - 1) <= splitTolerance
                    && Math.abs(openRatio / split - 1) <= splitOpenTolerance
                    && adjustedMove <= Math.abs(Math.log(split)) * ADJUSTED_SHARE) {
                return split;
            }
        }
        return 0;
    }

    private static double[] splitRatios() {
        double[] forward = {2, 3, 4, 5, 10, 3.0 / 2, 4.0 / 3, 5.0 / 4};
        double[] ratios = new double[forward.length * 2];
        for (int k = 0; k < forward.length; k++) {
            ratios[2 * k] = 1 / forward[k];
            ratios[2 * k + 1] = forward[k];
        }
        return ratios;
    }
}
