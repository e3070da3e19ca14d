package dev.sextant.engine.indicator;

import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.adx.MinusDIIndicator;
import org.ta4j.core.indicators.adx.PlusDIIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.Num;

/**
 * The standard indicators, computed by Ta4j 0.22 on a {@code DoubleNum} series and returned as
 * columns. Conventions (those of Ta4j, checked by golden tests):
 * <ul>
 *   <li>SMA(n): mean of the last n closes; NaN for {@code i < n-1}.</li>
 *   <li>EMA(n): α = 2/(n+1); NaN for {@code i < n}; <b>seed</b>: at index n it equals close[n]
 *       (not an SMA seed), then {@code ema += α·(x - ema)}.</li>
 *   <li>RSI(n), ATR(n), ±DI(n), ADX(n): Wilder smoothing (α = 1/n), seeded like the EMA with the
 *       first value at index n (RSI: the gain/loss of bar n; ATR: the true range of bar n). NaN
 *       before Ta4j's unstable-bar count (n for RSI, ATR, DI; 2n+1 for ADX).</li>
 *   <li>MACD(f, s, k): line = EMA(f) − EMA(s), NaN for {@code i < s}; signal = EMA(k) of the
 *       line seeded with the line's first value, NaN for {@code i < s + k}; histogram =
 *       line − signal.</li>
 *   <li>Bollinger(n, k): middle = SMA(n); upper/lower = middle ± k·σ with the <b>population</b>
 *       standard deviation (divisor n) of the last n closes.</li>
 * </ul>
 */
public final class StandardIndicators {

    private StandardIndicators() {
    }

    private static Indicator<Num> close(BarSeries s) {
        return new ClosePriceIndicator(s);
    }

    public static double[] sma(BarSeries s, int n) {
        return Ta4jColumns.toColumn(new SMAIndicator(close(s), n), s.getBarCount(), n - 1);
    }

    public static double[] ema(BarSeries s, int n) {
        return Ta4jColumns.toColumn(new EMAIndicator(close(s), n), s.getBarCount(), n);
    }

    public static double[] rsi(BarSeries s, int n) {
        return Ta4jColumns.toColumn(new RSIIndicator(close(s), n), s.getBarCount(), n);
    }

    /** ATR(n) of plain columns, for callers that must not handle Ta4j types. */
    public static double[] atr(dev.sextant.engine.market.PriceColumns bars, int n) {
        return atr(Ta4jSeriesAdapter.toSeries(bars), n);
    }

    public static double[] atr(BarSeries s, int n) {
        return Ta4jColumns.toColumn(new ATRIndicator(s, n), s.getBarCount(), n);
    }

    /** Columns {@code [line, signal, histogram]}. */
    public static double[][] macd(BarSeries s, int fast, int slow, int signal) {
        if (fast >= slow) {
            throw new IllegalArgumentException("macd fast period " + fast + " must be below slow period " + slow);
        }
        int n = s.getBarCount();
        MACDIndicator macd = new MACDIndicator(close(s), fast, slow);
        double[] line = Ta4jColumns.toColumn(macd, n, slow);
        double[] sig = Ta4jColumns.toColumn(macd.getSignalLine(signal), n, slow + signal);
        double[] hist = new double[n];
        for (int i = 0; i < n; i++) {
            hist[i] = line[i] - sig[i];
        }
        return new double[][] {line, sig, hist};
    }

    /** Columns {@code [middle, upper, lower]}. */
    public static double[][] bollinger(BarSeries s, int n, double k) {
        int len = s.getBarCount();
        var middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close(s), n));
        var sd = new StandardDeviationIndicator(close(s), n);
        Num kk = s.numFactory().numOf(k);
        return new double[][] {
            Ta4jColumns.toColumn(middle, len, n - 1),
            Ta4jColumns.toColumn(new BollingerBandsUpperIndicator(middle, sd, kk), len, n - 1),
            Ta4jColumns.toColumn(new BollingerBandsLowerIndicator(middle, sd, kk), len, n - 1)
        };
    }

    /** Columns {@code [+DI, -DI, ADX]}. */
    public static double[][] adx(BarSeries s, int n) {
        int len = s.getBarCount();
        return new double[][] {
            Ta4jColumns.toColumn(new PlusDIIndicator(s, n), len, n),
            Ta4jColumns.toColumn(new MinusDIIndicator(s, n), len, n),
            Ta4jColumns.toColumn(new ADXIndicator(s, n), len, n)
        };
    }
}
