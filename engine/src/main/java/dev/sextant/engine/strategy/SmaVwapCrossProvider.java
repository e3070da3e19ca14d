package dev.sextant.engine.strategy;

import dev.sextant.engine.indicator.SessionVwapIndicator;
import dev.sextant.engine.indicator.Sma;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import java.time.ZoneId;
import java.util.List;

/**
 * Intraday: SMA(n) of close crossing the session VWAP ({@link SessionVwapIndicator}, sessions by
 * exchange-local date in {@code zone}). An up-cross buys, a down-cross exits (crosses per
 * {@link CrossDetector}); a cross in the same direction as the previous emitted one is
 * suppressed, so signals alternate up, down, up, ...
 */
public final class SmaVwapCrossProvider implements StrategyProvider {

    private static final ParamSpace SPACE = ParamSpace.of(
            ParamSpec.ofInt("smaPeriod", 2, 500, 9, "SMA period of close"),
            ParamSpec.ofChoice("zone", List.of("America/New_York", "America/Chicago", "Europe/London",
                    "Europe/Berlin", "Asia/Tokyo", "UTC"), "America/New_York", "exchange time zone defining sessions"));

    @Override
    public String id() {
        return "sma-vwap-cross";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String description() {
        return "Intraday SMA of close crossing the session VWAP";
    }

    @Override
    public ParamSpace paramSpace() {
        return SPACE;
    }

    @Override
    public SignalColumns computeSignals(PriceColumns bars, Params params) {
        int period = params.getInt("smaPeriod");
        ZoneId zone = ZoneId.of(params.getString("zone"));
        double[] sma = Sma.of(bars.close(), period);
        double[] vwap = SessionVwapIndicator.compute(bars, zone);
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
