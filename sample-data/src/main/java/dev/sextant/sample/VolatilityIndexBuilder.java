package dev.sextant.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the daily bars of the volatility index {@code ^VOL.SX}, a VIX look-alike.
 *
 * <p>Its close is the market's expected volatility over the next 21 sessions, annualised and in
 * percent, under the current regime and the GJR-GARCH state known at the close, times the
 * volatility premium and a mean-reverting log noise (AR(1), φ = 0.85) whose shocks lean against
 * the day's market move (correlation −0.8). So it spikes in crashes, decays back in calm regimes
 * and rises on down days. The open sits between the previous close and today's close; volume is
 * always 0, as for a real volatility index.
 */
final class VolatilityIndexBuilder {

    private static final int HORIZON = 21;
    private static final double NOISE_MEMORY = 0.85;
    private static final double NOISE_SIZE = 0.04;
    private static final double SPOT_CORRELATION = -0.8;

    private VolatilityIndexBuilder() {
    }

    static List<DailyBar> build(List<LocalDate> sessions, Regime[] regimes, ReturnPath market,
                                double[] marketNextVariance, SampleMarketParameters parameters, Noise noise) {
        UnitGarch garch = new UnitGarch(parameters.marketArch(), parameters.marketLeverage(),
                parameters.marketPersistence());
        List<DailyBar> bars = new ArrayList<>(sessions.size());
        double logNoise = 0;
        double previousClose = Double.NaN;
        for (int t = 0; t < sessions.size(); t++) {
            double standardisedMove = market.logReturns()[t] / market.dailyVolatility()[t];
            logNoise = NOISE_MEMORY * logNoise + NOISE_SIZE * (SPOT_CORRELATION * standardisedMove
                    + StrictMath.sqrt(1 - SPOT_CORRELATION * SPOT_CORRELATION) * noise.gaussian());
            double expectedVariance = garch.expectedMeanVariance(marketNextVariance[t], HORIZON);
            double close = 100 * regimes[t].annualVolatility() * StrictMath.sqrt(expectedVariance)
                    * parameters.volatilityPremium() * StrictMath.exp(logNoise);
            double open = Double.isNaN(previousClose)
                    ? close
                    : previousClose * StrictMath.exp(0.3 * StrictMath.log(close / previousClose) + 0.01 * noise.gaussian());
            double high = Math.max(open, close) * StrictMath.exp(0.03 * Math.abs(noise.gaussian()));
            double low = Math.min(open, close) * StrictMath.exp(-0.03 * Math.abs(noise.gaussian()));

            long openTicks = Ticks.of(open);
            long closeTicks = Ticks.of(close);
            long highTicks = Math.max(Ticks.of(high), Math.max(openTicks, closeTicks));
            long lowTicks = Math.min(Ticks.of(low), Math.min(openTicks, closeTicks));
            bars.add(new DailyBar(sessions.get(t), openTicks, highTicks, lowTicks, closeTicks, closeTicks, 0));
            previousClose = close;
        }
        return bars;
    }
}
