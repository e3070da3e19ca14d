package dev.sextant.sample;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the 1-minute bars of one session from its daily bar: a few pre-market bars from 08:00,
 * then every minute of the regular session (09:30–16:00, or to 13:00 on an early close).
 *
 * <p>Regular session: the log price is a Brownian bridge from the daily open to the daily close
 * whose variance per minute is U-shaped (busier at the open and the close), so the first bar opens
 * at the daily open and the last bar closes at the daily close. Volume splits the daily volume
 * over the minutes with U-shaped weights and noise; the last minute (the closing auction) takes
 * the rounding remainder, so the regular minutes add up to the daily volume. The daily bar's high
 * and low are then replaced by the extremes of its regular minutes, so daily and intraday agree.
 *
 * <p>Pre-market: thin trading that drifts from the previous close towards the daily open. Each of
 * the 90 minutes 08:00–09:29 trades with probability {@value #PRE_MARKET_TRADE_CHANCE}; a traded
 * minute has a small volume (about 0.02 % of the daily volume) that is not part of the daily bar.
 */
final class IntradayBarBuilder {

    static final LocalTime PRE_MARKET_OPEN = LocalTime.of(8, 0);
    private static final int PRE_MARKET_MINUTES = 90;
    private static final double PRE_MARKET_TRADE_CHANCE = 0.3;
    private static final double PRE_MARKET_VOLUME_SHARE = 0.0002;
    private static final double PRE_MARKET_VOLATILITY_SHARE = 0.15;

    record Session(DailyBar day, List<MinuteBar> minutes) {
    }

    private IntradayBarBuilder() {
    }

    static Session build(DailyBar day, long previousClose, double dailyVolatility, Noise noise) {
        int count = (int) Duration.between(TradingCalendar.OPEN, TradingCalendar.close(day.date())).toMinutes();
        double[] shape = uShape(count, 0.6, 1.6);
        double totalShape = sum(shape);
        double minuteVolatility = dailyVolatility / StrictMath.sqrt(totalShape);
        double[] logPrice = bridge(StrictMath.log(Ticks.price(day.open())), StrictMath.log(Ticks.price(day.close())),
                minuteVolatility, shape, noise);
        long[] volumes = splitVolume(day.volume(), count, noise);

        List<MinuteBar> minutes = new ArrayList<>(PRE_MARKET_MINUTES + count);
        minutes.addAll(preMarket(day, previousClose, dailyVolatility, noise));
        long open = day.open();
        long high = Long.MIN_VALUE;
        long low = Long.MAX_VALUE;
        for (int m = 0; m < count; m++) {
            long close = m == count - 1 ? day.close() : Ticks.of(StrictMath.exp(logPrice[m + 1]));
            MinuteBar bar = bar(day.date().atTime(TradingCalendar.OPEN).plusMinutes(m), open, close,
                    0.5 * minuteVolatility * StrictMath.sqrt(shape[m]), volumes[m], noise);
            minutes.add(bar);
            high = Math.max(high, bar.high());
            low = Math.min(low, bar.low());
            open = close;
        }
        return new Session(day.withRange(high, low), minutes);
    }

    /** The traded pre-market minutes: a bridge in log price from the previous close to the daily open. */
    private static List<MinuteBar> preMarket(DailyBar day, long previousClose, double dailyVolatility, Noise noise) {
        double[] flat = new double[PRE_MARKET_MINUTES];
        Arrays.fill(flat, 1.0);
        double minuteVolatility = PRE_MARKET_VOLATILITY_SHARE * dailyVolatility / StrictMath.sqrt(PRE_MARKET_MINUTES);
        double[] logPrice = bridge(StrictMath.log(Ticks.price(previousClose)), StrictMath.log(Ticks.price(day.open())),
                minuteVolatility, flat, noise);
        List<MinuteBar> bars = new ArrayList<>();
        long open = previousClose;
        for (int m = 0; m < PRE_MARKET_MINUTES; m++) {
            long close = Ticks.of(StrictMath.exp(logPrice[m + 1]));
            if (noise.chance(PRE_MARKET_TRADE_CHANCE)) {
                long volume = 100 * Math.max(1, Math.round(day.volume() * PRE_MARKET_VOLUME_SHARE / 100
                        * StrictMath.exp(0.5 * noise.gaussian())));
                bars.add(bar(day.date().atTime(PRE_MARKET_OPEN).plusMinutes(m), open, close, 0.5 * minuteVolatility,
                        volume, noise));
                open = close;
            }
        }
        return bars;
    }

    /** A bar from its open and close, with wicks beyond them of random size around {@code wick} (in log price). */
    private static MinuteBar bar(LocalDateTime start, long open, long close, double wick, long volume, Noise noise) {
        long high = Math.max(Ticks.of(Ticks.price(Math.max(open, close)) * StrictMath.exp(wick * Math.abs(noise.gaussian()))),
                Math.max(open, close));
        long low = Math.min(Ticks.of(Ticks.price(Math.min(open, close)) * StrictMath.exp(-wick * Math.abs(noise.gaussian()))),
                Math.min(open, close));
        return new MinuteBar(start, open, high, low, close, volume);
    }

    /** Log prices at the minute boundaries, pinned to the first and the last value. */
    private static double[] bridge(double logFirst, double logLast, double minuteVolatility, double[] shape,
                                   Noise noise) {
        int count = shape.length;
        double totalShape = sum(shape);
        double[] walk = new double[count + 1];
        double[] clock = new double[count + 1];
        for (int m = 0; m < count; m++) {
            walk[m + 1] = walk[m] + minuteVolatility * StrictMath.sqrt(shape[m]) * noise.gaussian();
            clock[m + 1] = clock[m] + shape[m] / totalShape;
        }
        double[] logPrice = new double[count + 1];
        for (int k = 0; k <= count; k++) {
            logPrice[k] = logFirst + clock[k] * (logLast - logFirst) + walk[k] - clock[k] * walk[count];
        }
        return logPrice;
    }

    private static long[] splitVolume(long dailyVolume, int count, Noise noise) {
        double[] weights = uShape(count, 0.5, 2.5);
        double total = 0;
        for (int m = 0; m < count; m++) {
            weights[m] *= StrictMath.exp(0.3 * noise.gaussian());
            total += weights[m];
        }
        long[] volumes = new long[count];
        long assigned = 0;
        for (int m = 0; m < count - 1; m++) {
            volumes[m] = (long) StrictMath.floor(dailyVolume * weights[m] / total);
            assigned += volumes[m];
        }
        volumes[count - 1] = dailyVolume - assigned;
        return volumes;
    }

    /** {@code base + curvature·x²} with x running from -1 (first minute) to 1 (last minute). */
    private static double[] uShape(int count, double base, double curvature) {
        double[] shape = new double[count];
        for (int m = 0; m < count; m++) {
            double x = (m + 0.5) / count * 2 - 1;
            shape[m] = base + curvature * x * x;
        }
        return shape;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
