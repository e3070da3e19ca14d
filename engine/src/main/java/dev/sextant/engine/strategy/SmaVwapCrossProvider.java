package dev.sextant.engine.strategy;

import dev.sextant.engine.indicator.SessionSma;
import dev.sextant.engine.indicator.SessionVwapIndicator;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.market.SessionLabels;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.spi.TimeframeSupport;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Intraday only: SMA(n) of close crossing the session VWAP. Sessions come from the exchange
 * calendar ({@link SessionLabels}): by default only regular-hours bars count, the VWAP resets at
 * each open and bars outside sessions have no values (and so no signals); {@code hours=extended}
 * makes every bar count, a session then being the exchange-local date. The VWAP weights the
 * typical price (or the close, {@code vwapPrice=close}); the SMA runs across sessions (or restarts
 * each session, {@code smaScope=session}). An up-cross buys, a down-cross exits; crosses come
 * from {@link CrossDetector}, and one in the same direction as the previous emitted one is
 * suppressed, so signals alternate up, down, up, ...
 * <p>
 * A minute series has about 98 000 bars a year, so the columns are filled in one pass with no
 * column of the difference or of the crosses, and the four level columns this strategy leaves
 * undefined (stop, target, trailing, trigger distance) share one all-NaN array (columns are
 * read-only).
 */
public final class SmaVwapCrossProvider implements StrategyProvider {

    public static final String ID = "sma-vwap-cross";

    private static final ParamSpace SPACE = ParamSpace.of(
            ParamSpec.ofInt("smaPeriod", 2, 500, 9, "SMA period of close"),
            ParamSpec.ofChoice("calendar", ExchangeCalendars.ids(), "XNYS", "exchange calendar defining the sessions"),
            ParamSpec.ofChoice("vwapPrice", List.of("typical", "close"), "typical",
                    "price weighted by volume: (high+low+close)/3 or the close"),
            ParamSpec.ofChoice("smaScope", List.of("continuous", "session"), "continuous",
                    "SMA across sessions or restarting each session"),
            ParamSpec.ofChoice("hours", List.of("regular", "extended"), "regular",
                    "regular: only bars inside the regular session count; extended: every bar of the day"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "2";
    }

    @Override
    public String description() {
        return "Intraday SMA of close crossing the session VWAP (reset at the open)";
    }

    @Override
    public ParamSpace paramSpace() {
        return SPACE;
    }

    @Override
    public TimeframeSupport timeframes() {
        return TimeframeSupport.INTRADAY;
    }

    @Override
    public SignalColumns computeSignals(PriceColumns bars, Params params) {
        int period = params.getInt("smaPeriod");
        SessionLabels sessions = SessionLabels.of(bars, ExchangeCalendars.of(params.getString("calendar")),
                params.getString("hours").equals("extended"));
        SessionVwapIndicator.Price price =
                SessionVwapIndicator.Price.valueOf(params.getString("vwapPrice").toUpperCase(Locale.ROOT));
        SessionSma.Scope scope = params.getString("smaScope").equals("session")
                ? SessionSma.Scope.PER_SESSION : SessionSma.Scope.CONTINUOUS;
        double[] sma = SessionSma.of(bars.close(), sessions, period, scope);
        double[] vwap = SessionVwapIndicator.compute(bars, sessions, price);
        int n = bars.size();
        boolean[] entry = new boolean[n];
        boolean[] exit = new boolean[n];
        double[] rankScore = new double[n];
        CrossDetector crosses = new CrossDetector();
        int last = 0;
        for (int i = 0; i < n; i++) {
            double diff = sma[i] - vwap[i];
            int cross = crosses.next(diff);
            if (cross > 0 && last != 1) {
                entry[i] = true;
                last = 1;
            } else if (cross < 0 && last != -1) {
                exit[i] = true;
                last = -1;
            }
            rankScore[i] = diff / vwap[i];
        }
        Map<String, double[]> indicators = new LinkedHashMap<>();
        indicators.put("sma", sma);
        indicators.put("vwap", vwap);
        double[] none = new double[n];
        Arrays.fill(none, Double.NaN);
        return new SignalColumns(bars.symbol(), period - 1, entry, exit, rankScore, none, none, none, new int[n],
                new boolean[n], none, indicators);
    }
}
