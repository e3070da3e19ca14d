package dev.sextant.sample;

import java.time.LocalDate;

/**
 * Every knob of the synthetic market generator. {@link #defaults()} are the parameters of the
 * committed data set; the regime profiles live in {@link Regime} and the sector profiles in
 * {@link Sector}.
 *
 * @param seed                 master seed; every random stream is derived from it and its name
 * @param firstDay             first calendar day considered (inclusive)
 * @param lastDay              last calendar day considered (inclusive)
 * @param stockCount           number of stocks {@code S001.SX ...}
 * @param initialRegime        regime of the first session
 * @param tailDegrees          degrees of freedom of the Student-t shocks (fat tails)
 * @param marketArch           GJR-GARCH(1,1) reaction of the market variance to a squared shock
 * @param marketLeverage       extra reaction to a negative shock (leverage effect)
 * @param marketPersistence    GJR-GARCH(1,1) weight of yesterday's market variance
 * @param stockArch            GARCH(1,1) reaction of a stock's idiosyncratic variance
 * @param stockPersistence     GARCH(1,1) weight of a stock's idiosyncratic variance
 * @param volatilityPremium    implied-over-expected volatility ratio of the volatility index
 * @param earningsEverySessions sessions between two earnings announcements of a stock
 * @param splitCount           number of stocks with one split each
 * @param gapStockCount        number of stocks with a missing stretch of sessions
 * @param intradaySessions     number of final sessions with 1-minute bars
 * @param intradayStock        the stock that gets 1-minute bars besides the index ETF and the sector ETFs
 */
public record SampleMarketParameters(
        long seed,
        LocalDate firstDay,
        LocalDate lastDay,
        int stockCount,
        Regime initialRegime,
        int tailDegrees,
        double marketArch,
        double marketLeverage,
        double marketPersistence,
        double stockArch,
        double stockPersistence,
        double volatilityPremium,
        int earningsEverySessions,
        int splitCount,
        int gapStockCount,
        int intradaySessions,
        String intradayStock) {

    /** The seed of the committed data set. */
    public static final long DEFAULT_SEED = 20090102L;

    public static SampleMarketParameters defaults() {
        return new SampleMarketParameters(
                DEFAULT_SEED,
                LocalDate.of(2009, 1, 2),
                LocalDate.of(2024, 12, 31),
                120,
                Regime.WEAK_BEAR,
                5,
                0.01,
                0.16,
                0.89,
                0.06,
                0.92,
                1.20,
                63,
                4,
                2,
                60,
                "S001" + SampleMarket.SUFFIX);
    }

    public SampleMarketParameters withSeed(long newSeed) {
        return new SampleMarketParameters(newSeed, firstDay, lastDay, stockCount, initialRegime, tailDegrees,
                marketArch, marketLeverage, marketPersistence, stockArch, stockPersistence, volatilityPremium,
                earningsEverySessions, splitCount, gapStockCount, intradaySessions, intradayStock);
    }
}
