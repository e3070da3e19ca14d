package dev.sextant.sample;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the 390 one-minute bars (09:30–16:00 exchange time) of one session from its daily bar.
 *
 * <p>The log price is a Brownian bridge from the daily open to the daily close whose variance per
 * minute is U-shaped (busier at the open and the close), so the first bar opens at the daily open
 * and the last bar closes at the daily close. Volume splits the daily volume over the minutes with
 * U-shaped weights and noise; the last minute (the closing auction) takes the rounding remainder,
 * so the minutes add up to the daily volume. The daily bar's high and low are then replaced by the
 * extremes of its minutes, so daily and intraday agree.
 */
final class IntradayBarBuilder {

    static final int MINUTES = 390;
    private static final LocalTime OPENING_BELL = LocalTime.of(9, 30);

    record Session(DailyBar day, List<MinuteBar> minutes) {
    }

    private IntradayBarBuilder() {
    }

    static Session build(DailyBar day, double dailyVolatility, Noise noise) {
        double[] shape = uShape(0.6, 1.6);
        double[] logPrice = bridge(StrictMath.log(Ticks.price(day.open())), StrictMath.log(Ticks.price(day.close())),
                dailyVolatility, shape, noise);
        long[] volumes = splitVolume(day.volume(), noise);
        double minuteVolatility = dailyVolatility / StrictMath.sqrt(sum(shape));

        List<MinuteBar> minutes = new ArrayList<>(MINUTES);
        long previousClose = day.open();
        long high = Long.MIN_VALUE;
        long low = Long.MAX_VALUE;
        for (int m = 0; m < MINUTES; m++) {
            long open = previousClose;
            long close = m == MINUTES - 1 ? day.close() : Ticks.of(StrictMath.exp(logPrice[m + 1]));
            double wick = 0.5 * minuteVolatility * StrictMath.sqrt(shape[m]);
            long barHigh = Math.max(Ticks.of(Ticks.price(Math.max(open, close))
                    * StrictMath.exp(wick * Math.abs(noise.gaussian()))), Math.max(open, close));
            long barLow = Math.min(Ticks.of(Ticks.price(Math.min(open, close))
                    * StrictMath.exp(-wick * Math.abs(noise.gaussian()))), Math.min(open, close));
            LocalDateTime start = day.date().atTime(OPENING_BELL).plusMinutes(m);
            minutes.add(new MinuteBar(start, open, barHigh, barLow, close, volumes[m]));
            high = Math.max(high, barHigh);
            low = Math.min(low, barLow);
            previousClose = close;
        }
        return new Session(day.withRange(high, low), minutes);
    }

    /** Log prices at the 391 minute boundaries, pinned to the open and the close. */
    private static double[] bridge(double logOpen, double logClose, double dailyVolatility, double[] shape,
                                   Noise noise) {
        double totalShape = sum(shape);
        double minuteVolatility = dailyVolatility / StrictMath.sqrt(totalShape);
        double[] walk = new double[MINUTES + 1];
        double[] clock = new double[MINUTES + 1];
        for (int m = 0; m < MINUTES; m++) {
            walk[m + 1] = walk[m] + minuteVolatility * StrictMath.sqrt(shape[m]) * noise.gaussian();
            clock[m + 1] = clock[m] + shape[m] / totalShape;
        }
        double[] logPrice = new double[MINUTES + 1];
        for (int k = 0; k <= MINUTES; k++) {
            logPrice[k] = logOpen + clock[k] * (logClose - logOpen) + walk[k] - clock[k] * walk[MINUTES];
        }
        return logPrice;
    }

    private static long[] splitVolume(long dailyVolume, Noise noise) {
        double[] weights = uShape(0.5, 2.5);
        double total = 0;
        for (int m = 0; m < MINUTES; m++) {
            weights[m] *= StrictMath.exp(0.3 * noise.gaussian());
            total += weights[m];
        }
        long[] volumes = new long[MINUTES];
        long assigned = 0;
        for (int m = 0; m < MINUTES - 1; m++) {
            volumes[m] = (long) StrictMath.floor(dailyVolume * weights[m] / total);
            assigned += volumes[m];
        }
        volumes[MINUTES - 1] = dailyVolume - assigned;
        return volumes;
    }

    /** {@code base + curvature·x²} with x running from -1 (first minute) to 1 (last minute). */
    private static double[] uShape(double base, double curvature) {
        double[] shape = new double[MINUTES];
        for (int m = 0; m < MINUTES; m++) {
            double x = (m + 0.5) / MINUTES * 2 - 1;
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
