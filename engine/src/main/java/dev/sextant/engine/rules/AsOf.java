package dev.sextant.engine.rules;

/**
 * Reads a column on another calendar: the value of the last bar at or before each calendar
 * time, NaN before the first bar. Only earlier or same-day values are ever read.
 */
final class AsOf {

    private AsOf() {
    }

    static double[] align(long[] calendar, long[] time, double[] values) {
        double[] out = new double[calendar.length];
        int i = -1;
        for (int c = 0; c < calendar.length; c++) {
            while (i + 1 < time.length && time[i + 1] <= calendar[c]) {
                i++;
            }
            out[c] = i < 0 ? Double.NaN : values[i];
        }
        return out;
    }
}
