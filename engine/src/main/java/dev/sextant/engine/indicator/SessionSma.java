package dev.sextant.engine.indicator;

import dev.sextant.engine.market.SessionLabels;

/**
 * An SMA of an intraday column over the bars inside sessions only ({@link SessionLabels}); bars
 * outside get NaN and are skipped. {@link Scope#CONTINUOUS} (the default) runs across sessions, so
 * the first bars of a session average the end of the previous one; {@link Scope#PER_SESSION}
 * restarts at each session, NaN until the session has {@code period} bars. Built on {@link Sma}.
 */
public final class SessionSma {

    /** Whether the average carries over from one session to the next. */
    public enum Scope {
        CONTINUOUS, PER_SESSION
    }

    private SessionSma() {
    }

    public static double[] of(double[] values, SessionLabels sessions, int period, Scope scope) {
        int n = values.length;
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        int i = 0;
        while (i < n) {
            if (!sessions.inSession(i)) {
                i++;
                continue;
            }
            int end = i;
            int count = 0;
            while (end < n && (scope == Scope.CONTINUOUS || !sessions.inSession(end)
                    || sessions.session(end) == sessions.session(i))) {
                if (sessions.inSession(end)) {
                    count++;
                }
                end++;
            }
            int[] index = new int[count];
            double[] run = new double[count];
            int k = 0;
            for (int j = i; j < end; j++) {
                if (sessions.inSession(j)) {
                    index[k] = j;
                    run[k++] = values[j];
                }
            }
            double[] sma = Sma.of(run, period);
            for (k = 0; k < count; k++) {
                out[index[k]] = sma[k];
            }
            i = end;
        }
        return out;
    }
}
