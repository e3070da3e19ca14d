package dev.sextant.engine.strategy;

import dev.sextant.engine.indicator.Sma;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Long-only SMA crossover: entry when SMA(fast) crosses above SMA(slow), exit when it crosses
 * below (crosses as defined by {@link CrossDetector}: exact ties ignored, no entry merely because
 * fast &gt; slow on the first bar both are defined). Rank score: (fast − slow) / slow.
 */
public final class SmaCrossProvider implements StrategyProvider {

    private static final ParamSpace SPACE = ParamSpace.of(
            ParamSpec.ofInt("fast", 2, 400, 20, "fast SMA period"),
            ParamSpec.ofInt("slow", 3, 1000, 50, "slow SMA period (must exceed fast)"));

    private final ConstantColumns constants = new ConstantColumns();

    @Override
    public String id() {
        return "sma-cross";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String description() {
        return "Long-only fast/slow SMA crossover";
    }

    @Override
    public ParamSpace paramSpace() {
        return SPACE;
    }

    @Override
    public SignalColumns computeSignals(PriceColumns bars, Params params) {
        int fast = params.getInt("fast");
        int slow = params.getInt("slow");
        if (fast >= slow) {
            throw new IllegalArgumentException("param 'fast' = " + fast + " must be below param 'slow' = " + slow);
        }
        double[] f = Sma.of(bars.close(), fast);
        double[] s = Sma.of(bars.close(), slow);
        int n = bars.size();
        double[] diff = new double[n];
        double[] rankScore = new double[n];
        for (int i = 0; i < n; i++) {
            diff[i] = f[i] - s[i];
            rankScore[i] = diff[i] / s[i];
        }
        boolean[] entry = new boolean[n];
        boolean[] exit = new boolean[n];
        CrossDetector.crosses(diff, entry, exit);
        Map<String, double[]> indicators = new LinkedHashMap<>();
        indicators.put("sma_fast", f);
        indicators.put("sma_slow", s);
        // no levels, trailing stop, time exit, strong flags or trigger distances: columns of one value, shared
        double[] none = constants.doubles(Double.NaN, n);
        return new SignalColumns(bars.symbol(), slow - 1, entry, exit, rankScore, none, none, none,
                constants.ints(0, n), constants.falses(n), none, indicators);
    }
}
