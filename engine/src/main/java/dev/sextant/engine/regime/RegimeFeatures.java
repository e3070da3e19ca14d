package dev.sextant.engine.regime;

import java.time.LocalDate;

/**
 * Daily regime features on the index's dates, as columns: {@code values[feature.ordinal()][day]}.
 * A value is NaN before its warm-up; breadth features are NaN on days without breadth
 * ({@link #hasBreadth(int)} false), e.g. when no universe is given or too little of it has data.
 *
 * @param time the index's epoch days
 * @param values one column per {@link RegimeFeature}
 * @param breadthMembers universe members that counted towards breadth on each day (0 when none)
 * @param volatilitySource where {@link RegimeFeature#VOL_LEVEL} comes from
 */
public record RegimeFeatures(long[] time, double[][] values, int[] breadthMembers, VolatilitySource volatilitySource) {

    /** Where the volatility level comes from. */
    public enum VolatilitySource {
        /** The close of a volatility index such as ^VIX. */
        VOLATILITY_INDEX,
        /** The index's own 20-day realised volatility, annualised, × 100 (no volatility index given). */
        REALIZED
    }

    public RegimeFeatures {
        if (values.length != RegimeFeature.COUNT) {
            throw new IllegalArgumentException("expected " + RegimeFeature.COUNT + " feature columns");
        }
        for (double[] column : values) {
            if (column.length != time.length) {
                throw new IllegalArgumentException("feature column length differs from the dates");
            }
        }
        if (breadthMembers.length != time.length) {
            throw new IllegalArgumentException("breadth member count length differs from the dates");
        }
    }

    public int size() {
        return time.length;
    }

    public LocalDate date(int day) {
        return LocalDate.ofEpochDay(time[day]);
    }

    public double value(RegimeFeature feature, int day) {
        return values[feature.ordinal()][day];
    }

    public double[] column(RegimeFeature feature) {
        return values[feature.ordinal()];
    }

    /** True when the breadth features are defined on {@code day}. */
    public boolean hasBreadth(int day) {
        return !Double.isNaN(value(RegimeFeature.ABOVE_SMA50, day));
    }

    /** True when every feature that does not need a universe is defined on {@code day}. */
    public boolean hasCoreFeatures(int day) {
        for (RegimeFeature f : RegimeFeature.values()) {
            if (!f.isBreadth() && Double.isNaN(value(f, day))) {
                return false;
            }
        }
        return true;
    }
}
