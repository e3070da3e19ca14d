package dev.sextant.engine.regime;

import dev.sextant.engine.indicator.RealizedVolatilityIndicator;
import dev.sextant.engine.indicator.RollingMeanIndicator;
import dev.sextant.engine.market.PriceColumns;
import java.util.List;

/**
 * Computes {@link RegimeFeatures} on the index's dates from the index, an optional volatility
 * index and an optional universe (for breadth). Every window is trailing, so the features of day
 * t depend on bars up to t only.
 *
 * <p>The volatility index is read on the index's dates: its close of the same date, else its
 * last close at most {@link RegimeParameters#volStaleDays()} calendar days earlier, else NaN.
 * Without a volatility index the level is the index's 20-day realised volatility × 100.
 */
public final class RegimeFeatureCalculator {

    private static final int REALIZED_VOL_BARS = 20;

    private final RegimeParameters parameters;

    public RegimeFeatureCalculator(RegimeParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * @param index the market index (daily)
     * @param volatilityIndex its volatility index, or null to use realised volatility
     * @param universe members for breadth; empty for none
     */
    public RegimeFeatures compute(PriceColumns index, PriceColumns volatilityIndex, List<PriceColumns> universe) {
        if (index.timeframe().isIntraday() || (volatilityIndex != null && volatilityIndex.timeframe().isIntraday())) {
            throw new IllegalArgumentException("regime features need daily bars");
        }
        double[] px = index.adjClose();
        double[][] v = new double[RegimeFeature.COUNT][];
        v[RegimeFeature.DIST_SMA20.ordinal()] = RollingWindows.distanceFromMean(px, RollingMeanIndicator.compute(px, 20));
        v[RegimeFeature.DIST_SMA50.ordinal()] = RollingWindows.distanceFromMean(px, RollingMeanIndicator.compute(px, 50));
        v[RegimeFeature.DIST_SMA200.ordinal()] = RollingWindows.distanceFromMean(px, RollingMeanIndicator.compute(px, 200));
        v[RegimeFeature.RETURN_20.ordinal()] = RollingWindows.change(px, 20);
        v[RegimeFeature.RETURN_60.ordinal()] = RollingWindows.change(px, 60);
        v[RegimeFeature.RETURN_252.ordinal()] = RollingWindows.change(px, 252);
        double[] level = volatilityIndex == null ? realizedLevel(px) : alignedCloses(index.time(), volatilityIndex);
        v[RegimeFeature.VOL_LEVEL.ordinal()] = level;
        v[RegimeFeature.VOL_PERCENTILE.ordinal()] = RollingWindows.percentile(level, parameters.volPercentileBars());
        UniverseBreadth.Result breadth = UniverseBreadth.compute(index.time(), universe, parameters.nearHighBand(),
                parameters.breadthMinShare(), parameters.breadthMinMembers());
        v[RegimeFeature.ABOVE_SMA50.ordinal()] = breadth.aboveSma50();
        v[RegimeFeature.NEAR_HIGH.ordinal()] = breadth.nearHigh();
        return new RegimeFeatures(index.time().clone(), v, breadth.members(),
                volatilityIndex == null ? RegimeFeatures.VolatilitySource.REALIZED
                        : RegimeFeatures.VolatilitySource.VOLATILITY_INDEX);
    }

    private static double[] realizedLevel(double[] px) {
        double[] rv = RealizedVolatilityIndicator.compute(px, REALIZED_VOL_BARS);
        for (int i = 0; i < rv.length; i++) {
            rv[i] *= 100;
        }
        return rv;
    }

    private double[] alignedCloses(long[] dates, PriceColumns vol) {
        double[] out = new double[dates.length];
        long[] t = vol.time();
        int j = -1;
        for (int day = 0; day < dates.length; day++) {
            while (j + 1 < t.length && t[j + 1] <= dates[day]) {
                j++;
            }
            boolean fresh = j >= 0 && dates[day] - t[j] <= parameters.volStaleDays();
            out[day] = fresh ? vol.close()[j] : Double.NaN;
        }
        return out;
    }
}
