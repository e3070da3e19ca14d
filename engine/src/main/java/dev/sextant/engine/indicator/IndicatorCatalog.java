package dev.sextant.engine.indicator;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.IndicatorProvider;
import dev.sextant.engine.market.calendar.AllDayCalendar;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.market.SessionLabels;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ta4j.core.BarSeries;

/**
 * Computes {@link IndicatorSpec}s on one series into named columns (see
 * {@link IndicatorSpec#outputNames()}), each aligned with the bars and NaN before its warm-up.
 * Standard indicators come from Ta4j ({@link StandardIndicators}); DWAP, session VWAP, realised
 * volatility and volume ratio are our own ({@link DwapIndicator}, {@link SessionVwapIndicator},
 * {@link RealizedVolatilityIndicator}, {@link VolumeRatioIndicator}). Plugins contribute more kinds
 * as {@link IndicatorProvider}s, requested by their name in the same spec text.
 */
public final class IndicatorCatalog {

    private final Map<String, IndicatorProvider> contributed = new TreeMap<>();

    /** The built-in kinds only. */
    public IndicatorCatalog() {
        this(List.of());
    }

    /**
     * The built-in kinds and {@code providers}.
     *
     * @throws IllegalArgumentException when a provider's name is a built-in kind or given twice
     */
    public IndicatorCatalog(Collection<? extends IndicatorProvider> providers) {
        for (IndicatorProvider p : providers) {
            String name = p.name();
            if (Arrays.stream(IndicatorSpec.Kind.values()).anyMatch(k -> k.code().equals(name))) {
                throw new IllegalArgumentException("indicator '" + name + "' is a built-in kind");
            }
            if (contributed.putIfAbsent(name, p) != null) {
                throw new IllegalArgumentException("indicator '" + name + "' is provided twice");
            }
        }
    }

    /** Names of the contributed indicator kinds, sorted. */
    public List<String> contributedNames() {
        return List.copyOf(contributed.keySet());
    }

    /**
     * Parses {@code specs} (e.g. {@code "sma:20,macd:12:26:9,vwap"}) and computes them. A name that
     * is not a built-in kind is looked up among the contributed indicators.
     */
    public Map<String, double[]> compute(PriceColumns bars, String specs) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String item : specs.split(",")) {
            String text = item.trim();
            if (text.isEmpty()) {
                continue;
            }
            String[] parts = text.split(":");
            IndicatorProvider provider = contributed.get(parts[0].trim().toLowerCase(Locale.ROOT));
            if (provider == null) {
                out.putAll(compute(bars, List.of(IndicatorSpec.parse(text))));
            } else {
                out.putAll(computeContributed(provider, bars, text, Arrays.asList(parts).subList(1, parts.length)));
            }
        }
        return out;
    }

    private static Map<String, double[]> computeContributed(IndicatorProvider provider, PriceColumns bars, String text,
                                                            List<String> given) {
        List<String> args = new ArrayList<>(provider.defaultArgs());
        if (given.size() > args.size()) {
            throw new IllegalArgumentException("indicator '" + text + "' has too many arguments (at most " + args.size() + ")");
        }
        for (int i = 0; i < given.size(); i++) {
            args.set(i, given.get(i).trim());
        }
        List<String> names = provider.outputNames(List.copyOf(args));
        List<double[]> cols = provider.compute(bars, List.copyOf(args));
        if (cols.size() != names.size()) {
            throw new IllegalStateException("indicator '" + provider.name() + "' returned " + cols.size()
                    + " columns for " + names.size() + " names");
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int k = 0; k < names.size(); k++) {
            if (cols.get(k).length != bars.size()) {
                throw new IllegalStateException("indicator '" + provider.name() + "' column " + names.get(k)
                        + " has " + cols.get(k).length + " values for " + bars.size() + " bars");
            }
            out.put(names.get(k), cols.get(k));
        }
        return out;
    }

    /**
     * Session VWAP (typical price) in {@code zone}: over the regular sessions of the exchange
     * calendar kept in that zone (NYSE for America/New_York), else over each local date.
     */
    private static double[] vwap(PriceColumns bars, ZoneId zone) {
        var calendar = ExchangeCalendars.inZone(zone);
        SessionLabels sessions = SessionLabels.of(bars, calendar.orElseGet(() -> new AllDayCalendar(zone)), false);
        return SessionVwapIndicator.compute(bars, sessions, SessionVwapIndicator.Price.TYPICAL);
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
                case VWAP -> cols = new double[][] {vwap(bars, ZoneId.of(spec.args().get(0)))};
                case VOLRATIO -> cols = new double[][] {VolumeRatioIndicator.compute(bars.volume(), spec.intArg(0))};
                case SMA -> cols = new double[][] {Sma.of(bars.close(), spec.intArg(0))};
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
