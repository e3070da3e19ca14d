package dev.sextant.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fixed traits of one synthetic stock: its factor loadings, its own volatility and drift,
 * its starting price, average volume and earnings schedule.
 */
record StockProfile(
        String symbol,
        Sector sector,
        double beta,
        double sectorLoading,
        double idiosyncraticVolatility,
        double annualAlpha,
        double startPrice,
        double averageVolume,
        double earningsJumpVolatility,
        int earningsPhase) {

    /** Draws {@code count} stocks; sectors are assigned round-robin, loadings rounded to 2 decimals. */
    static List<StockProfile> draw(SampleMarketParameters parameters) {
        Noise noise = Noise.stream(parameters.seed(), "stock-profiles");
        Sector[] sectors = Sector.values();
        List<StockProfile> stocks = new ArrayList<>();
        for (int i = 0; i < parameters.stockCount(); i++) {
            Sector sector = sectors[i % sectors.length];
            String symbol = String.format(Locale.ROOT, "S%03d%s", i + 1, SampleMarket.SUFFIX);
            double beta = round2(clamp(sector.beta() + 0.25 * noise.gaussian(), 0.3, 2.2));
            double sectorLoading = round2(noise.uniform(0.6, 1.4));
            double idiosyncraticVolatility = noise.uniform(0.12, 0.32);
            double annualAlpha = 0.02 * noise.gaussian();
            double startPrice = StrictMath.exp(noise.uniform(StrictMath.log(10), StrictMath.log(150)));
            double averageVolume = StrictMath.exp(noise.uniform(StrictMath.log(3e5), StrictMath.log(1.5e7)));
            double earningsJump = noise.uniform(0.03, 0.09);
            int earningsPhase = noise.integer(parameters.earningsEverySessions());
            stocks.add(new StockProfile(symbol, sector, beta, sectorLoading, idiosyncraticVolatility,
                    annualAlpha, startPrice, averageVolume, earningsJump, earningsPhase));
        }
        return stocks;
    }

    String displayName() {
        return "Synthetic Stock " + symbol.substring(0, symbol.length() - SampleMarket.SUFFIX.length())
                + " (" + sector.displayName() + ")";
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
