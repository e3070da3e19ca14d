package dev.sextant.engine.indicator;

import dev.sextant.engine.market.PriceColumns;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Session VWAP: {@code Σ typical·volume / Σ volume} from the first bar of the session up to and
 * including the current bar, with typical price {@code (high+low+close)/3}. A session is the run
 * of bars sharing the same exchange-local date in {@code zone} (for daily series every bar is its
 * own session, so VWAP equals the typical price). NaN while the session's volume is still zero.
 */
public final class SessionVwapIndicator {

    private SessionVwapIndicator() {
    }

    public static double[] compute(PriceColumns p, ZoneId zone) {
        int n = p.size();
        double[] out = new double[n];
        LocalDate session = null;
        double pv = 0;
        double v = 0;
        for (int i = 0; i < n; i++) {
            LocalDate d = p.timeframe().isIntraday() ? p.instant(i).atZone(zone).toLocalDate() : p.date(i);
            if (!d.equals(session)) {
                session = d;
                pv = 0;
                v = 0;
            }
            double typical = (p.high()[i] + p.low()[i] + p.close()[i]) / 3.0;
            pv += typical * p.volume()[i];
            v += p.volume()[i];
            out[i] = v > 0 ? pv / v : Double.NaN;
        }
        return out;
    }
}
