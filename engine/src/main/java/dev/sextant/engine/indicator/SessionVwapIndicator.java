package dev.sextant.engine.indicator;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SessionLabels;

/**
 * Session VWAP: {@code Σ price·volume / Σ volume} from the first bar of the session up to and
 * including the current bar. It resets at each session's first bar ({@link SessionLabels}: the
 * exchange calendar's regular open, or the local date with extended hours). Bars outside every
 * session get NaN and do not count. The price is the typical price {@code (high+low+close)/3}
 * or, as an option, the close. NaN while the session's volume is still zero. For daily series
 * every bar is its own session, so VWAP equals the bar's price.
 */
public final class SessionVwapIndicator {

    /** Which price of a bar is weighted by its volume. */
    public enum Price {
        /** {@code (high + low + close) / 3}, the default. */
        TYPICAL,
        /** The close. */
        CLOSE;

        double of(PriceColumns p, int i) {
            return this == CLOSE ? p.close()[i] : (p.high()[i] + p.low()[i] + p.close()[i]) / 3.0;
        }
    }

    private SessionVwapIndicator() {
    }

    public static double[] compute(PriceColumns p, SessionLabels sessions, Price price) {
        int n = p.size();
        double[] out = new double[n];
        long session = SessionLabels.OUTSIDE;
        double pv = 0;
        double v = 0;
        for (int i = 0; i < n; i++) {
            long s = sessions.session(i);
            if (s == SessionLabels.OUTSIDE) {
                out[i] = Double.NaN;
                continue;
            }
            if (s != session) {
                session = s;
                pv = 0;
                v = 0;
            }
            pv += price.of(p, i) * p.volume()[i];
            v += p.volume()[i];
            out[i] = v > 0 ? pv / v : Double.NaN;
        }
        return out;
    }
}
