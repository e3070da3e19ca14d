package dev.sextant.plugin.examples;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;

/**
 * Keltner channel reversion: the channel is EMA({@code period}) ± {@code width} × ATR({@code period}).
 * Enter when the close falls below the lower band (stretched down); exit when it is back at or above
 * the middle line, or after {@code maxHoldDays} bars. Rank score: how many ATRs the close is below
 * the lower band (deeper first). Stop: {@code stopAtr} ATR below the close.
 */
public final class KeltnerReversionProvider implements StrategyProvider {

    public static final String ID = "keltner-reversion";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String description() {
        return "Keltner reversion: buy a close below EMA - k*ATR, sell back at the EMA or after a number of bars";
    }

    @Override
    public ParamSpace paramSpace() {
        return ParamSpace.of(
                ParamSpec.ofInt("period", 5, 100, 20, "bars of the EMA and the ATR"),
                ParamSpec.ofFloat("width", 0.5, 5, 2, "band distance from the EMA in ATRs"),
                ParamSpec.ofInt("maxHoldDays", 0, 100, 10, "time exit after this many bars; 0 = none"),
                ParamSpec.ofFloat("stopAtr", 0, 10, 3, "initial stop this many ATRs below the close; 0 = none"));
    }

    @Override
    public SignalColumns computeSignals(PriceColumns bars, Params params) {
        int period = params.getInt("period");
        double width = params.getDouble("width");
        int maxHold = params.getInt("maxHoldDays");
        double stopAtr = params.getDouble("stopAtr");
        int n = bars.size();
        double[] close = bars.close();
        double[] middle = Channels.ema(close, period);
        double[] atr = Channels.atr(bars.high(), bars.low(), close, period);
        double[] lowerBand = Channels.nan(n);
        double[] upperBand = Channels.nan(n);
        SignalColumns.Builder b = SignalColumns.builder(bars.symbol(), n);
        b.firstTradable = period - 1;
        for (int i = b.firstTradable; i < n; i++) {
            lowerBand[i] = middle[i] - width * atr[i];
            upperBand[i] = middle[i] + width * atr[i];
            b.entry[i] = close[i] < lowerBand[i];
            b.exit[i] = close[i] >= middle[i];
            b.rankScore[i] = atr[i] > 0 ? (lowerBand[i] - close[i]) / atr[i] : Double.NaN;
            b.maxHoldBars[i] = maxHold;
            if (stopAtr > 0) {
                b.stopLevel[i] = close[i] - stopAtr * atr[i];
            }
        }
        return b.indicator("keltner_middle", middle).indicator("keltner_lower", lowerBand)
                .indicator("keltner_upper", upperBand).build();
    }
}
