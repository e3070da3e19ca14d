package dev.sextant.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link ReturnPath} into daily OHLCV bars.
 *
 * <p>The close follows the return path exactly. The open gaps from the previous close by 15 % of
 * the day's ordinary return, a little noise and the whole overnight jump. High and low extend
 * beyond the open and close by half-normal amounts of the day's volatility. Volume is
 * {@code average · exp(slow AR(1) + noise) · (0.5 + 0.6·|r|/σ)}, with σ the return path's overall
 * standard deviation, so busy days are volatile days.
 */
final class DailyBarBuilder {

    private static final double VOLUME_MEMORY = 0.9;

    private DailyBarBuilder() {
    }

    static List<DailyBar> build(List<LocalDate> sessions, ReturnPath path, double startPrice, double averageVolume,
                                Noise noise) {
        double typicalMove = standardDeviation(path.logReturns());
        List<DailyBar> bars = new ArrayList<>(sessions.size());
        double previousClose = startPrice;
        double volumeState = 0;
        for (int t = 0; t < sessions.size(); t++) {
            double logReturn = path.logReturns()[t];
            double sigma = path.dailyVolatility()[t];
            double jump = path.overnightJumps()[t];
            double gap = 0.15 * (logReturn - jump) + 0.25 * sigma * noise.gaussian() + jump;
            double open = previousClose * StrictMath.exp(gap);
            double close = previousClose * StrictMath.exp(logReturn);
            double high = Math.max(open, close) * StrictMath.exp(0.5 * sigma * Math.abs(noise.gaussian()));
            double low = Math.min(open, close) * StrictMath.exp(-0.5 * sigma * Math.abs(noise.gaussian()));

            volumeState = VOLUME_MEMORY * volumeState + 0.15 * noise.gaussian();
            double activity = 0.5 + 0.6 * Math.abs(logReturn) / typicalMove;
            long volume = Math.round(averageVolume * StrictMath.exp(volumeState + 0.2 * noise.gaussian()) * activity);

            long openTicks = Ticks.of(open);
            long closeTicks = Ticks.of(close);
            long highTicks = Math.max(Ticks.of(high), Math.max(openTicks, closeTicks));
            long lowTicks = Math.min(Ticks.of(low), Math.min(openTicks, closeTicks));
            bars.add(new DailyBar(sessions.get(t), openTicks, highTicks, lowTicks, closeTicks, closeTicks, volume));
            previousClose = close;
        }
        return bars;
    }

    private static double standardDeviation(double[] values) {
        double mean = 0;
        for (double value : values) {
            mean += value;
        }
        mean /= values.length;
        double sumSquares = 0;
        for (double value : values) {
            sumSquares += (value - mean) * (value - mean);
        }
        return StrictMath.sqrt(sumSquares / (values.length - 1));
    }
}
