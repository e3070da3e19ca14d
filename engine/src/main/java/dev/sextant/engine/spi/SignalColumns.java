package dev.sextant.engine.spi;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a strategy says about one symbol, bar by bar, aligned index for index with that symbol's
 * {@link dev.sextant.engine.market.PriceColumns}. Every value at index {@code i} uses only bars
 * {@code 0..i} (no look-ahead). The simulator reads only these arrays, never Ta4j objects.
 *
 * <ul>
 *   <li>{@code firstTradable}: first index at which every indicator the strategy uses is defined;
 *       entries on earlier bars are ignored.</li>
 *   <li>{@code entry}/{@code exit}: open a long position / close it, decided on the bar's close.</li>
 *   <li>{@code rankScore}: higher is preferred when cash or slots are short (NaN = lowest).</li>
 *   <li>{@code stopLevel}/{@code targetLevel}: price levels as they would be for an entry at this
 *       bar's close (NaN = none). The simulator keeps their distance <em>in percent</em> from the
 *       close and re-anchors it to the actual fill price.</li>
 *   <li>{@code trailingFraction}: trailing stop distance below the highest close since entry,
 *       0.12 = 12 % (NaN = none).</li>
 *   <li>{@code maxHoldBars}: time exit after that many bars held (0 = off).</li>
 *   <li>{@code strong}: the strategy's "strong signal" flag.</li>
 *   <li>{@code triggerDistance}: how far (fraction of close) the price must still rise for the
 *       entry condition's price part to hold; &le; 0 when it holds, NaN when not applicable.</li>
 *   <li>{@code indicators}: named indicator columns the scanner reports, in display order.</li>
 *   <li>{@code firstBar}: the bar the arrays' first element belongs to: 0 for a whole series; for signals computed
 *       for a span of bars only ({@link StrategyProvider#computeSignals(dev.sextant.engine.market.PriceColumns,
 *       Params, int, int)}) the span's first bar, the arrays then cover the span's bars and no more. Read bar
 *       {@code i} at index {@code i - firstBar}; {@code firstTradable} counts bars of the whole series.</li>
 * </ul>
 * Arrays are shared, not copied: treat them as read-only.
 */
public record SignalColumns(
        String symbol,
        int firstTradable,
        boolean[] entry,
        boolean[] exit,
        double[] rankScore,
        double[] stopLevel,
        double[] targetLevel,
        double[] trailingFraction,
        int[] maxHoldBars,
        boolean[] strong,
        double[] triggerDistance,
        Map<String, double[]> indicators,
        int firstBar) {

    /** Signals of a whole series ({@code firstBar} 0). */
    public SignalColumns(String symbol, int firstTradable, boolean[] entry, boolean[] exit, double[] rankScore,
            double[] stopLevel, double[] targetLevel, double[] trailingFraction, int[] maxHoldBars, boolean[] strong,
            double[] triggerDistance, Map<String, double[]> indicators) {
        this(symbol, firstTradable, entry, exit, rankScore, stopLevel, targetLevel, trailingFraction, maxHoldBars,
                strong, triggerDistance, indicators, 0);
    }

    public SignalColumns {
        Objects.requireNonNull(symbol);
        int n = entry.length;
        if (exit.length != n || rankScore.length != n || stopLevel.length != n || targetLevel.length != n
                || trailingFraction.length != n || maxHoldBars.length != n || strong.length != n
                || triggerDistance.length != n) {
            throw new IllegalArgumentException("signal columns of " + symbol + " differ in length");
        }
        for (var e : indicators.entrySet()) {
            if (e.getValue().length != n) {
                throw new IllegalArgumentException("indicator " + e.getKey() + " of " + symbol + " has wrong length");
            }
        }
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
    }

    public int size() {
        return entry.length;
    }

    /** Fresh columns of length {@code n}: no signals, no levels (NaN), no time exit. */
    public static Builder builder(String symbol, int n) {
        return new Builder(symbol, 0, n);
    }

    /**
     * Fresh columns for the bars {@code from} to {@code to - 1} only (see
     * {@link StrategyProvider#computeSignals(dev.sextant.engine.market.PriceColumns, Params, int, int)}): the arrays
     * hold {@code to - from} elements, element {@code k} being bar {@code from + k}; no signals, no levels (NaN), no
     * time exit. {@link Builder#build()} makes {@code firstTradable} at least {@code from}.
     */
    public static Builder builder(String symbol, int n, int from, int to) {
        if (from < 0 || from > to || to > n) {
            throw new IllegalArgumentException("bars " + from + " to " + to + " are not inside 0 to " + n + " of " + symbol);
        }
        return new Builder(symbol, from, to - from);
    }

    /** Mutable holder used by providers while filling the columns. */
    public static final class Builder {
        private final String symbol;
        private final int from;
        public int firstTradable;
        public final boolean[] entry;
        public final boolean[] exit;
        public final double[] rankScore;
        public final double[] stopLevel;
        public final double[] targetLevel;
        public final double[] trailingFraction;
        public final int[] maxHoldBars;
        public final boolean[] strong;
        public final double[] triggerDistance;
        private final Map<String, double[]> indicators = new LinkedHashMap<>();

        Builder(String symbol, int from, int n) {
            this.symbol = symbol;
            this.from = from;
            entry = new boolean[n];
            exit = new boolean[n];
            rankScore = nan(n);
            stopLevel = nan(n);
            targetLevel = nan(n);
            trailingFraction = nan(n);
            maxHoldBars = new int[n];
            strong = new boolean[n];
            triggerDistance = nan(n);
        }

        public Builder indicator(String name, double[] values) {
            indicators.put(name, values);
            return this;
        }

        public SignalColumns build() {
            return new SignalColumns(symbol, Math.max(firstTradable, from), entry, exit, rankScore, stopLevel, targetLevel,
                    trailingFraction, maxHoldBars, strong, triggerDistance, indicators, from);
        }

        private static double[] nan(int n) {
            double[] a = new double[n];
            Arrays.fill(a, Double.NaN);
            return a;
        }
    }
}
