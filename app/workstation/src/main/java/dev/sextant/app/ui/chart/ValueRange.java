package dev.sextant.app.ui.chart;

/**
 * A y-axis range that never clips: it spans every value it is given, plus padding of
 * {@link #PADDING} of the span on both sides (in log space on a log axis).
 */
public record ValueRange(double min, double max) {

    public static final double PADDING = 0.05;

    public static final class Builder {
        private double lo = Double.POSITIVE_INFINITY;
        private double hi = Double.NEGATIVE_INFINITY;

        public Builder include(double v) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            return this;
        }

        public Builder include(double[] values) {
            for (double v : values) {
                include(v);
            }
            return this;
        }

        /** The padded range; {@code log} pads multiplicatively and ignores values &le; 0. Null when nothing was included. */
        public ValueRange build(boolean log) {
            if (lo > hi) {
                return null;
            }
            if (log) {
                if (hi <= 0) {
                    return null;
                }
                double l = Math.log(Math.max(lo, hi * 1e-6));
                double h = Math.log(hi);
                double pad = Math.max((h - l) * PADDING, 0.005);
                return new ValueRange(Math.exp(l - pad), Math.exp(h + pad));
            }
            double span = hi - lo;
            double pad = span > 0 ? span * PADDING : Math.max(Math.abs(hi) * 0.01, 1e-9);
            return new ValueRange(lo - pad, hi + pad);
        }
    }

    /** This range stretched by {@code factor} around its middle (in log space on a log axis). */
    public ValueRange stretch(double factor, boolean log) {
        if (factor == 1) {
            return this;
        }
        if (log) {
            double mid = (Math.log(min) + Math.log(max)) / 2;
            double half = (Math.log(max) - Math.log(min)) / 2 * factor;
            return new ValueRange(Math.exp(mid - half), Math.exp(mid + half));
        }
        double mid = (min + max) / 2;
        double half = (max - min) / 2 * factor;
        return new ValueRange(mid - half, mid + half);
    }

    public static Builder builder() {
        return new Builder();
    }
}
