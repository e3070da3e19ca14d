package dev.sextant.sample;

/**
 * The eleven GICS-like sectors of the synthetic market.
 *
 * <p>{@code beta} is the sector ETF's loading on the market factor (and the centre of its stocks'
 * betas); {@code factorVolatility} is the annualised volatility of the sector factor in a regime
 * with sector dispersion 1.
 */
enum Sector {
    INFORMATION_TECHNOLOGY("TECH", "Information Technology", 1.20, 0.12),
    FINANCIALS("FIN", "Financials", 1.15, 0.11),
    HEALTH_CARE("HLTH", "Health Care", 0.85, 0.09),
    CONSUMER_DISCRETIONARY("DISC", "Consumer Discretionary", 1.10, 0.09),
    CONSUMER_STAPLES("STPL", "Consumer Staples", 0.65, 0.07),
    ENERGY("ENRG", "Energy", 1.10, 0.18),
    INDUSTRIALS("INDU", "Industrials", 1.05, 0.07),
    MATERIALS("MATL", "Materials", 1.05, 0.10),
    UTILITIES("UTIL", "Utilities", 0.55, 0.10),
    REAL_ESTATE("REAL", "Real Estate", 0.90, 0.12),
    COMMUNICATION_SERVICES("COMM", "Communication Services", 1.00, 0.10);

    private final String ticker;
    private final String displayName;
    private final double beta;
    private final double factorVolatility;

    Sector(String ticker, String displayName, double beta, double factorVolatility) {
        this.ticker = ticker;
        this.displayName = displayName;
        this.beta = beta;
        this.factorVolatility = factorVolatility;
    }

    String etfSymbol() {
        return ticker + SampleMarket.SUFFIX;
    }

    String displayName() {
        return displayName;
    }

    double beta() {
        return beta;
    }

    double factorVolatility() {
        return factorVolatility;
    }
}
