package dev.sextant.engine.indicator;

import dev.sextant.engine.market.PriceColumns;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ta4j.core.BarSeries;

/**
 * Computes {@link IndicatorSpec}s on one series into named columns (see
 * {@link IndicatorSpec#outputNames()}), each aligned with the bars and NaN before its warm-up.
 * Standard indicators come from Ta4j ({@link StandardIndicators}); DWAP, session VWAP, realised
 * volatility and volume ratio are our own ({@link DwapIndicator}, {@link SessionVwapIndicator},
 * {@link RealizedVolatilityIndicator}, {@link VolumeRatioIndicator}).
 */
public final class IndicatorCatalog {

    /** Parses {@code specs} (e.g. {@code "sma:20,macd:12:26:9,vwap"}) and computes them. */
    public Map<String, double[]> compute(PriceColumns bars, String specs) {
        return compute(bars, IndicatorSpec.parseList(specs));
    }

    public Map<String, double[]> compute(PriceColumns bars, List<IndicatorSpec> specs) {
        BarSeries series = null;
        Map<String, double[]> out = new LinkedHashMap<>();
        for (IndicatorSpec spec : specs) {
            List<String> names = spec.outputNames();
            double[][] cols;
            switch (spec.kind()) {
                case RV -> cols = new double[][] {RealizedVolatilityIndicator.compute(bars.close(), spec.intArg(0))};
                case DWAP -> cols = new double[][] {DwapIndicator.compute(bars.close(), bars.volume(), spec.intArg(0))};
                case VWAP -> cols = new double[][] {SessionVwapIndicator.compute(bars, ZoneId.of(spec.args().get(0)))};
                case VOLRATIO -> cols = new double[][] {VolumeRatioIndicator.compute(bars.volume(), spec.intArg(0))};
                default -> {
                    if (series == null) {
                        series = Ta4jSeriesAdapter.toSeries(bars);
                    }
                    cols = standard(series, spec);
                }
            }
            for (int k = 0; k < names.size(); k++) {
                out.put(names.get(k), cols[k]);
            }
        }
        return out;
    }

    private static double[][] standard(BarSeries s, IndicatorSpec spec) {
        return switch (spec.kind()) {
            case SMA -> new double[][] {StandardIndicators.sma(s, spec.intArg(0))};
            case EMA -> new double[][] {StandardIndicators.ema(s, spec.intArg(0))};
            case RSI -> new double[][] {StandardIndicators.rsi(s, spec.intArg(0))};
            case ATR -> new double[][] {StandardIndicators.atr(s, spec.intArg(0))};
            case MACD -> StandardIndicators.macd(s, spec.intArg(0), spec.intArg(1), spec.intArg(2));
            case BB -> StandardIndicators.bollinger(s, spec.intArg(0), spec.doubleArg(1));
            case ADX -> StandardIndicators.adx(s, spec.intArg(0));
            default -> throw new IllegalStateException("not a Ta4j indicator: " + spec.kind());
        };
    }
}
