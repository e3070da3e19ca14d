package dev.sextant.plugin.testkit;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic daily bars for contract tests: seeded random walks with a trend, a range and
 * volatility bursts, so breakouts, reversions and quiet stretches all occur.
 */
public final class TestBars {

    private TestBars() {
    }

    /** Three series of {@code n} weekdays from 2015-01-02: trending up, ranging, falling with bursts. */
    public static List<PriceColumns> standardSet(int n) {
        return List.of(walk("UP", n, 1, 0.0006, 0.012), walk("RANGE", n, 2, 0.0, 0.015), walk("DOWN", n, 3, -0.0004, 0.02));
    }

    /**
     * A random walk of closes with open at the previous close, high/low around both and volume near one million.
     *
     * @param drift     mean daily log return
     * @param volatility daily standard deviation of log returns (doubled on every 50th to 60th bar)
     */
    public static PriceColumns walk(String symbol, int n, long seed, double drift, double volatility) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] time = new long[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        LocalDate day = LocalDate.of(2015, 1, 2);
        double previous = 50;
        for (int i = 0; i < n; i++) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            double sigma = (i % 100) >= 50 && (i % 100) < 60 ? 2 * volatility : volatility;
            double c = previous * Math.exp(drift + sigma * gaussian(random));
            time[i] = day.toEpochDay();
            open[i] = previous;
            close[i] = c;
            high[i] = Math.max(previous, c) * (1 + 0.5 * sigma * random.nextDouble());
            low[i] = Math.min(previous, c) * (1 - 0.5 * sigma * random.nextDouble());
            volume[i] = 1_000_000 * (0.5 + random.nextDouble());
            previous = c;
            day = day.plusDays(1);
        }
        return new PriceColumns(symbol, Timeframe.DAILY, time, open, high, low, close, close.clone(), volume);
    }

    /** The first {@code n} bars of {@code bars}. */
    public static PriceColumns prefix(PriceColumns bars, int n) {
        return new PriceColumns(bars.symbol(), bars.timeframe(), Arrays.copyOf(bars.time(), n), Arrays.copyOf(bars.open(), n),
                Arrays.copyOf(bars.high(), n), Arrays.copyOf(bars.low(), n), Arrays.copyOf(bars.close(), n),
                Arrays.copyOf(bars.adjClose(), n), Arrays.copyOf(bars.volume(), n));
    }

    /**
     * {@code bars} with every bar after index {@code t} replaced by a different walk continuing from
     * bar {@code t}'s close (same dates): what a strategy decides up to {@code t} must not change.
     */
    public static PriceColumns changedAfter(PriceColumns bars, int t, long seed) {
        PriceColumns other = walk(bars.symbol(), bars.size(), seed, 0.003, 0.04);
        double[] open = bars.open().clone();
        double[] high = bars.high().clone();
        double[] low = bars.low().clone();
        double[] close = bars.close().clone();
        double[] volume = bars.volume().clone();
        double scale = bars.close()[t] / other.close()[t];
        for (int i = t + 1; i < bars.size(); i++) {
            open[i] = other.open()[i] * scale;
            high[i] = other.high()[i] * scale;
            low[i] = other.low()[i] * scale;
            close[i] = other.close()[i] * scale;
            volume[i] = other.volume()[i] * 3;
        }
        return new PriceColumns(bars.symbol(), bars.timeframe(), bars.time(), open, high, low, close, close.clone(), volume);
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
