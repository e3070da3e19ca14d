package dev.sextant.engine.strategy;

import dev.sextant.engine.cache.BoundedCache;
import dev.sextant.engine.indicator.DwapIndicator;
import dev.sextant.engine.indicator.RollingMeanIndicator;
import dev.sextant.engine.indicator.Sma;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.spi.TimeframeSupport;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * DWAP breakout. DWAP = volume-weighted average close over {@code period} bars. Entry on a bar
 * whose close is at least DWAP×(1+threshold), volume at least {@code minVolume} and close at
 * least {@code minPrice}. Strong when volume ≥ 1.5 × its 200-bar average volume and
 * close &gt; SMA50 &gt; SMA200. Exits: stop-loss, profit target, trailing stop from the highest
 * close since entry, optional time exit. Rank score: fraction above DWAP, plus 1 for strong
 * signals (strong ones first). Warm-up: max(period, 200) − 1 bars.
 *
 * <p>Indicator columns are shared across parameter sets: SMA50, SMA200, the 200-bar average
 * volume and the volume ratio once per series, DWAP once per (series, period, span of bars): a span's
 * DWAP is computed for that span alone ({@link DwapIndicator#compute(double[], double[], int, int, int)}).
 * So are a span's strong flags and, per period, its rank score (neither depends on the threshold or the exits).
 * They are held in bounded least-recently-used memos keyed by the identity of the
 * {@link PriceColumns} instance (the per-period columns in their own memo, so that exploring many
 * periods never evicts the series' columns), so optimizer trials and walk-forward folds over
 * the same loaded bars only redo the cheap per-bar rule loop of entries, trigger distances and exit levels. The memos are invisible in the results.
 */
public final class DwapBreakoutProvider implements StrategyProvider {

    public static final String ID = "dwap-breakout";

    private static final ParamSpace SPACE = ParamSpace.of(
            ParamSpec.ofInt("period", 5, 500, 200, "DWAP window in bars"),
            ParamSpec.ofFloat("threshold", 0.0, 1.0, 0.05, "close must be this fraction above DWAP"),
            ParamSpec.ofFloat("minVolume", 0, 1e10, 500_000, "minimum volume of the signal bar"),
            ParamSpec.ofFloat("minPrice", 0, 1e6, 15, "minimum close of the signal bar"),
            ParamSpec.ofFloat("stopLoss", 0.0, 0.9, 0.08, "stop-loss below entry (0 = off)"),
            ParamSpec.ofFloat("profitTarget", 0.0, 10.0, 0.20, "profit target above entry (0 = off)"),
            ParamSpec.ofFloat("trailingStop", 0.0, 0.9, 0.12, "trailing stop below the highest close (0 = off)"),
            ParamSpec.ofInt("maxHoldDays", 0, 5000, 0, "time exit after this many bars (0 = off)"));

    /** Bytes of indicator columns kept across calls (about 35 kB per column of 4,000 bars). */
    private static final long SERIES_MEMO_BYTES = 256L << 20;
    private static final long PERIOD_MEMO_BYTES = 128L << 20;
    private static final long FLAG_MEMO_BYTES = 16L << 20;

    /** A column of {@code bars}: {@code name} with its {@code period} (0 when it has none), on bars {@code from} to {@code to - 1}. */
    private record ColumnKey(PriceColumns bars, String name, int period, int from, int to) {
    }

    /** Columns that depend on the series only. */
    private final BoundedCache<ColumnKey, double[]> seriesMemo = new BoundedCache<>(SERIES_MEMO_BYTES, a -> 16 + 8L * a.length);
    /** Columns that depend on the series and the DWAP period. */
    private final BoundedCache<ColumnKey, double[]> periodMemo = new BoundedCache<>(PERIOD_MEMO_BYTES, a -> 16 + 8L * a.length);
    /** The strong-signal flags of a span of bars (they depend on the series only). */
    private final BoundedCache<ColumnKey, boolean[]> flagMemo = new BoundedCache<>(FLAG_MEMO_BYTES, a -> 16L + a.length);
    /** The trailing-stop, time-exit and exit columns, the same value on every bar. */
    private final ConstantColumns constants = new ConstantColumns();

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
        return "Breakout above the volume-weighted average close (DWAP) with stop, target and trailing stop";
    }

    @Override
    public TimeframeSupport timeframes() {
        return TimeframeSupport.DAILY;
    }

    @Override
    public ParamSpace paramSpace() {
        return SPACE;
    }

    @Override
    public SignalColumns computeSignals(PriceColumns bars, Params params) {
        return computeSignals(bars, params, 0, bars.size());
    }

    /**
     * The rule loop runs over bars {@code from} to {@code to - 1} only, into columns of that span; the indicator
     * columns cover every bar (they are shared across spans) and are attached for the whole series only.
     */
    @Override
    public SignalColumns computeSignals(PriceColumns bars, Params params, int from, int to) {
        int period = params.getInt("period");
        double threshold = params.getDouble("threshold");
        double minVolume = params.getDouble("minVolume");
        double minPrice = params.getDouble("minPrice");
        double stop = params.getDouble("stopLoss");
        double target = params.getDouble("profitTarget");
        double trail = params.getDouble("trailingStop");
        int maxHold = params.getInt("maxHoldDays");

        int n = bars.size();
        double[] close = bars.close();
        double[] volume = bars.volume();
        if (from < 0 || from > to || to > n) {
            throw new IllegalArgumentException("bars " + from + " to " + to + " are not inside 0 to " + n + " of " + bars.symbol());
        }
        // DWAP of the span alone (bit-identical to the whole series' values there): a trial of a study over a few
        // years computes a fraction of the series, and the trials of one span that repeat a period share it
        double[] dwap = column(periodMemo, bars, "dwap", period, from, to,
                () -> DwapIndicator.compute(close, volume, period, from, to));
        double[] avgVolume = column(seriesMemo, bars, "avg_volume", 200, 0, n, () -> RollingMeanIndicator.compute(volume, 200));
        double[] volRatio = column(seriesMemo, bars, "vol_ratio", 200, 0, n, () -> volumeRatio(volume, avgVolume));
        double[] sma50 = column(seriesMemo, bars, "sma", 50, 0, n, () -> Sma.of(close, 50));
        double[] sma200 = column(seriesMemo, bars, "sma", 200, 0, n, () -> Sma.of(close, 200));

        // The strong flags (series only) and the rank score (series and period) are shared by every parameter set
        // of the span, like the indicators; the rest depends on the threshold and the exits. Every element of the
        // span's columns is written below, so they are allocated without the builder's NaN fill; the columns of one
        // value on every bar are shared.
        boolean[] strongColumn = flagMemo.get(new ColumnKey(bars, "strong", 200, from, to),
                k -> strong(close, volume, avgVolume, sma50, sma200, from, to));
        double[] rankScore = column(periodMemo, bars, "rank_score", period, from, to,
                () -> rankScore(close, dwap, strongColumn, from));
        int len = to - from;
        double factor = 1 + threshold;
        // one simple loop per column, without branches, which the JIT compiles to vector instructions
        boolean[] entry = new boolean[len];
        for (int k = 0; k < len; k++) {
            double c = close[from + k];
            entry[k] = c >= dwap[k] * factor & volume[from + k] >= minVolume & c >= minPrice;
        }
        double[] triggerDistance = new double[len];
        for (int k = 0; k < len; k++) {
            triggerDistance[k] = dwap[k] * factor / close[from + k] - 1.0;
        }
        double[] stopLevel = level(close, stop, -1, from, to);
        // the profit target is one value for a whole study (it is seldom searched), so its levels are shared
        double[] targetLevel = column(seriesMemo, bars, "target_level " + target, 0, from, to,
                () -> level(close, target, 1, from, to));
        Map<String, double[]> indicators = new LinkedHashMap<>();
        if (from == 0 && to == n) { // the span's DWAP is then the whole series'
            indicators.put("dwap", dwap);
            indicators.put("pct_above_dwap", pctAbove(close, dwap));
            indicators.put("vol_ratio", volRatio);
            indicators.put("sma50", sma50);
            indicators.put("sma200", sma200);
        }
        return new SignalColumns(bars.symbol(), Math.max(Math.max(period, 200) - 1, from), entry,
                constants.falses(len), rankScore, stopLevel, targetLevel,
                constants.doubles(trail > 0 ? trail : Double.NaN, len), constants.ints(maxHold, len), strongColumn,
                triggerDistance, indicators, from);
    }

    private static double[] column(BoundedCache<ColumnKey, double[]> memo, PriceColumns bars, String name, int period,
            int from, int to, Supplier<double[]> compute) {
        return memo.get(new ColumnKey(bars, name, period, from, to), k -> compute.get());
    }

    /**
     * The levels {@code fraction} above ({@code sign} 1) or below (-1) the close of bars {@code from} to
     * {@code to - 1}; NaN when {@code fraction} is 0 (off).
     */
    private static double[] level(double[] close, double fraction, int sign, int from, int to) {
        double[] out = new double[to - from];
        if (fraction > 0) {
            double multiple = 1 + sign * fraction;
            for (int k = 0; k < out.length; k++) {
                out[k] = close[from + k] * multiple;
            }
        } else {
            Arrays.fill(out, Double.NaN);
        }
        return out;
    }

    /** Volume at least 1.5 × its 200-bar average and close &gt; SMA50 &gt; SMA200, on bars {@code from} to {@code to - 1}. */
    private static boolean[] strong(double[] close, double[] volume, double[] avgVolume, double[] sma50,
            double[] sma200, int from, int to) {
        boolean[] out = new boolean[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = volume[i] >= 1.5 * avgVolume[i] && close[i] > sma50[i] && sma50[i] > sma200[i];
        }
        return out;
    }

    /** The fraction above DWAP plus 1 for strong signals, on the span of {@code dwap} (its element 0 is bar {@code from}). */
    private static double[] rankScore(double[] close, double[] dwap, boolean[] strong, int from) {
        double[] out = new double[dwap.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = pctAbove(close[from + k], dwap[k]) + (strong[k] ? 1.0 : 0.0);
        }
        return out;
    }

    private static double[] pctAbove(double[] close, double[] dwap) {
        double[] out = new double[close.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = pctAbove(close[i], dwap[i]);
        }
        return out;
    }

    /** How far the close is above DWAP, as a fraction: the rank score's main part. */
    private static double pctAbove(double close, double dwap) {
        return close / dwap - 1.0;
    }

    private static double[] volumeRatio(double[] volume, double[] avgVolume) {
        double[] out = new double[volume.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = avgVolume[i] > 0 ? volume[i] / avgVolume[i] : Double.NaN;
        }
        return out;
    }
}
