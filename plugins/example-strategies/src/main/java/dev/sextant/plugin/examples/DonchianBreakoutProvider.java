package dev.sextant.plugin.examples;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;

/**
 * Donchian channel breakout (the turtle rule): enter when the close rises above the highest high
 * of the previous {@code entryPeriod} bars; exit when it falls below the lowest low of the previous
 * {@code exitPeriod} bars. The channels exclude the current bar, so a bar can break out of them.
 * Rank score: how far (fraction) the close is above the entry channel. Stop: {@code stopAtr}
 * ATR(20) below the close (0 = none).
 */
public final class DonchianBreakoutProvider implements StrategyProvider {

    public static final String ID = "donchian-breakout";

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
        return "Donchian breakout: buy a close above the highest high of the last N bars, sell a close below the lowest low of the last M";
    }

    @Override
    public ParamSpace paramSpace() {
        return ParamSpace.of(
                ParamSpec.ofInt("entryPeriod", 5, 250, 20, "bars of the entry channel (highest high before today)"),
                ParamSpec.ofInt("exitPeriod", 2, 250, 10, "bars of the exit channel (lowest low before today)"),
                ParamSpec.ofFloat("stopAtr", 0, 10, 2, "initial stop this many ATR(20) below the close; 0 = none"));
    }

    @Override
    public SignalColumns computeSignals(PriceColumns bars, Params params) {
        int entryPeriod = params.getInt("entryPeriod");
        int exitPeriod = params.getInt("exitPeriod");
        double stopAtr = params.getDouble("stopAtr");
        int n = bars.size();
        double[] close = bars.close();
        double[] upper = Channels.highestBefore(bars.high(), entryPeriod);
        double[] lower = Channels.lowestBefore(bars.low(), exitPeriod);
        double[] atr = Channels.atr(bars.high(), bars.low(), close, 20);
        SignalColumns.Builder b = SignalColumns.builder(bars.symbol(), n);
        b.firstTradable = Math.max(Math.max(entryPeriod, exitPeriod), 19);
        for (int i = b.firstTradable; i < n; i++) {
            b.entry[i] = close[i] > upper[i];
            b.exit[i] = close[i] < lower[i];
            b.rankScore[i] = close[i] / upper[i] - 1;
            b.triggerDistance[i] = upper[i] / close[i] - 1;
            if (stopAtr > 0) {
                b.stopLevel[i] = close[i] - stopAtr * atr[i];
            }
        }
        return b.indicator("donchian_upper", upper).indicator("donchian_lower", lower).build();
    }
}
