package dev.sextant.engine.indicator;

import dev.sextant.engine.market.SessionLabels;

/**
 * An SMA of an intraday column over the bars inside sessions only ({@link SessionLabels}); bars
 * outside get NaN and are skipped. {@link Scope#CONTINUOUS} (the default) runs across sessions, so
 * the first bars of a session average the end of the previous one; {@link Scope#PER_SESSION}
 * restarts at each session, NaN until the session has {@code period} bars. The running total over
 * the last {@code period} in-session values is {@link Sma}'s, kept in a ring of {@code period}
 * values instead of a copy of the in-session bars, so the values are {@link Sma}'s to the bit
 * ({@code SmaVwapCrossKernelTest}).
 */
public final class SessionSma {

    /** Whether the average carries over from one session to the next. */
    public enum Scope {
        CONTINUOUS, PER_SESSION
    }

    private SessionSma() {
    }

    public static double[] of(double[] values, SessionLabels sessions, int period, Scope scope) {
        if (period < 1) {
            throw new IllegalArgumentException("SMA period must be at least 1, got " + period);
        }
        int n = values.length;
        double[] out = new double[n];
        double[] window = new double[period];
        int k = 0;
        int slot = 0;
        double sum = 0;
        long runSession = SessionLabels.OUTSIDE;
        for (int i = 0; i < n; i++) {
            long session = sessions.session(i);
            if (session == SessionLabels.OUTSIDE) {
                out[i] = Double.NaN;
                continue;
            }
            if (scope == Scope.PER_SESSION && session != runSession) {
                runSession = session;
                k = 0;
                slot = 0;
                sum = 0;
            }
            double v = values[i];
            sum = k < period ? sum + v : sum + v - window[slot];
            window[slot] = v;
            slot = slot + 1 == period ? 0 : slot + 1;
            out[i] = k < period - 1 ? Double.NaN : sum / period;
            k++;
        }
        return out;
    }
}
