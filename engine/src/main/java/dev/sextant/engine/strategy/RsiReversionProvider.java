package dev.sextant.engine.strategy;

import dev.sextant.engine.indicator.StandardIndicators;
import dev.sextant.engine.indicator.Ta4jSeriesAdapter;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import org.ta4j.core.BarSeries;

/**
 * RSI mean reversion in an uptrend: entry when RSI(n) &lt; {@code entryBelow} and close &gt;
 * SMA(trend); exit when RSI &gt; {@code exitAbove} or after {@code maxHoldDays} bars. Rank score:
 * entryBelow − RSI (the more oversold, the earlier).
 */
public final class RsiReversionProvider implements StrategyProvider {

    private static final ParamSpace SPACE = ParamSpace.of(
            ParamSpec.ofInt("rsiPeriod", 2, 100, 14, "RSI period (Wilder)"),
            ParamSpec.ofFloat("entryBelow", 1, 99, 30, "enter when RSI is below this"),
            ParamSpec.ofFloat("exitAbove", 1, 99, 50, "exit when RSI is above this"),
            ParamSpec.ofInt("trendSma", 2, 500, 200, "trend filter: close above SMA of this period"),
            ParamSpec.ofInt("maxHoldDays", 0, 1000, 10, "time exit after this many bars (0 = off)"));

    @Override
    public String id() {
        return "rsi-reversion";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String description() {
        return "Buy oversold RSI above a trend SMA; exit on RSI recovery or after K bars";
    }

    @Override
    public ParamSpace paramSpace() {
        return SPACE;
    }

    @Override
    public SignalColumns computeSignals(PriceColumns bars, Params params) {
        int period = params.getInt("rsiPeriod");
        double entryBelow = params.getDouble("entryBelow");
        double exitAbove = params.getDouble("exitAbove");
        int trend = params.getInt("trendSma");
        int maxHold = params.getInt("maxHoldDays");
        BarSeries series = Ta4jSeriesAdapter.toSeries(bars);
        double[] rsi = StandardIndicators.rsi(series, period);
        double[] sma = StandardIndicators.sma(series, trend);
        int n = bars.size();
        SignalColumns.Builder b = SignalColumns.builder(bars.symbol(), n);
        b.firstTradable = Math.max(period, trend - 1);
        double[] close = bars.close();
        for (int i = 0; i < n; i++) {
            b.entry[i] = rsi[i] < entryBelow && close[i] > sma[i];
            b.exit[i] = rsi[i] > exitAbove;
            b.rankScore[i] = entryBelow - rsi[i];
            b.maxHoldBars[i] = maxHold;
        }
        return b.indicator("rsi", rsi).indicator("sma_trend", sma).build();
    }
}
