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
import java.util.List;
import java.util.Locale;

/**
 * Intraday only: SMA(n) of close crossing the session VWAP. Sessions come from the exchange
 * calendar ({@link SessionLabels}): by default only regular-hours bars count, the VWAP resets at
 * each open and bars outside sessions have no values (and so no signals); {@code hours=extended}
 * makes every bar count, a session then being the exchange-local date. The VWAP weights the
 * typical price (or the close, {@code vwapPrice=close}); the SMA runs across sessions (or restarts
 * each session, {@code smaScope=session}). An up-cross buys, a down-cross exits; crosses come
 * from {@link CrossDetector}, and one in the same direction as the previous emitted one is
 * suppressed, so signals alternate up, down, up, ...
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
        double[] diff = new double[n];
        for (int i = 0; i < n; i++) {
            diff[i] = sma[i] - vwap[i];
        }
        boolean[] up = new boolean[n];
        boolean[] down = new boolean[n];
        CrossDetector.crosses(diff, up, down);
        SignalColumns.Builder b = SignalColumns.builder(bars.symbol(), n);
        b.firstTradable = period - 1;
        int last = 0;
        for (int i = 0; i < n; i++) {
            if (up[i] && last != 1) {
                b.entry[i] = true;
                last = 1;
            } else if (down[i] && last != -1) {
                b.exit[i] = true;
                last = -1;
            }
            b.rankScore[i] = diff[i] / vwap[i];
        }
        return b.indicator("sma", sma).indicator("vwap", vwap).build();
    }
}
