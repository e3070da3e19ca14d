package dev.sextant.sample;

/**
 * Simulates the daily returns of the market factor, the eleven sector factors and every stock.
 *
 * <ul>
 *   <li>market: {@code m = drift/252 + σ/√252 · √q · u}, with drift and σ from the day's
 *       regime, {@code q} a GJR-GARCH(1,1) state and {@code u} a unit-variance Student-t shock;</li>
 *   <li>sector {@code s}: {@code rotation/252 · lead_s + dispersion · σ_s/√252 · √q · z}, where
 *       {@code lead_s} is a slow AR(1) leadership score (φ = 0.99), so sectors take turns leading,
 *       strongly in a rotating bull;</li>
 *   <li>stock: {@code α/252 + β·m + λ·s + scale · σ_i/√252 · √q_i · e + jump}, with its own
 *       GARCH(1,1) state {@code q_i} and an earnings jump every {@code earningsEverySessions},
 *       less the convexity term {@code ½(β² − β)σ_m²} so that a high-beta stock earns about β times
 *       the market's simple return instead of β times its log return;</li>
 * </ul>
 * The index ETF is the market factor; a sector ETF is {@code β_sector · m + s} plus a small
 * tracking noise.
 */
final class FactorModel {

    private static final double TRADING_DAYS = 252;
    private static final double LEADERSHIP_PERSISTENCE = 0.99;
    private static final double SECTOR_ETF_TRACKING = 0.002;

    private final SampleMarketParameters parameters;
    private final Regime[] regimes;
    private final int sessions;

    private final double[] market;
    private final double[] marketVolatility;
    private final double[] marketNextVariance;
    private final double[][] sectorFactor;
    private final double[][] sectorFactorVolatility;

    FactorModel(SampleMarketParameters parameters, Regime[] regimes) {
        this.parameters = parameters;
        this.regimes = regimes;
        this.sessions = regimes.length;
        this.market = new double[sessions];
        this.marketVolatility = new double[sessions];
        this.marketNextVariance = new double[sessions];
        int sectorCount = Sector.values().length;
        this.sectorFactor = new double[sectorCount][sessions];
        this.sectorFactorVolatility = new double[sectorCount][sessions];
        simulateMarket();
        simulateSectors();
    }

    /** The market variance state expected for the next session, known at today's close (for the volatility index). */
    double[] marketNextVariance() {
        return marketNextVariance;
    }

    ReturnPath index() {
        return new ReturnPath(market, marketVolatility, new double[sessions]);
    }

    ReturnPath sectorEtf(Sector sector) {
        Noise noise = Noise.stream(parameters.seed(), "sector-etf-" + sector.name());
        double[] returns = new double[sessions];
        double[] volatility = new double[sessions];
        double[] factor = sectorFactor[sector.ordinal()];
        double[] factorVolatility = sectorFactorVolatility[sector.ordinal()];
        for (int t = 0; t < sessions; t++) {
            returns[t] = sector.beta() * market[t] + factor[t] + SECTOR_ETF_TRACKING * noise.gaussian();
            volatility[t] = combine(sector.beta() * marketVolatility[t], factorVolatility[t], SECTOR_ETF_TRACKING);
        }
        return new ReturnPath(returns, volatility, new double[sessions]);
    }

    ReturnPath stock(StockProfile stock) {
        Noise noise = Noise.stream(parameters.seed(), "stock-" + stock.symbol());
        UnitGarch garch = new UnitGarch(parameters.stockArch(), 0, parameters.stockPersistence());
        double[] returns = new double[sessions];
        double[] volatility = new double[sessions];
        double[] jumps = new double[sessions];
        double[] factor = sectorFactor[stock.sector().ordinal()];
        double[] factorVolatility = sectorFactorVolatility[stock.sector().ordinal()];
        for (int t = 0; t < sessions; t++) {
            double ownVolatility = regimes[t].idiosyncraticScale() * stock.idiosyncraticVolatility()
                    / StrictMath.sqrt(TRADING_DAYS) * StrictMath.sqrt(garch.variance());
            double shock = noise.studentT(parameters.tailDegrees());
            garch.update(shock);
            if ((t + stock.earningsPhase()) % parameters.earningsEverySessions() == 0) {
                jumps[t] = stock.earningsJumpVolatility() * noise.studentT(parameters.tailDegrees());
            }
            double betaConvexity = 0.5 * (stock.beta() * stock.beta() - stock.beta())
                    * marketVolatility[t] * marketVolatility[t];
            returns[t] = stock.annualAlpha() / TRADING_DAYS + stock.beta() * market[t] - betaConvexity
                    + stock.sectorLoading() * factor[t] + ownVolatility * shock + jumps[t];
            volatility[t] = combine(stock.beta() * marketVolatility[t], stock.sectorLoading() * factorVolatility[t],
                    ownVolatility);
        }
        return new ReturnPath(returns, volatility, jumps);
    }

    private void simulateMarket() {
        Noise noise = Noise.stream(parameters.seed(), "market");
        UnitGarch garch = new UnitGarch(parameters.marketArch(), parameters.marketLeverage(),
                parameters.marketPersistence());
        for (int t = 0; t < sessions; t++) {
            Regime regime = regimes[t];
            double sigma = regime.annualVolatility() / StrictMath.sqrt(TRADING_DAYS) * StrictMath.sqrt(garch.variance());
            double shock = noise.studentT(parameters.tailDegrees());
            market[t] = regime.annualDrift() / TRADING_DAYS + sigma * shock;
            marketVolatility[t] = sigma;
            garch.update(shock);
            marketNextVariance[t] = garch.variance();
        }
    }

    private void simulateSectors() {
        for (Sector sector : Sector.values()) {
            Noise noise = Noise.stream(parameters.seed(), "sector-" + sector.name());
            double[] factor = sectorFactor[sector.ordinal()];
            double[] factorVolatility = sectorFactorVolatility[sector.ordinal()];
            double leadership = noise.gaussian();
            double innovation = StrictMath.sqrt(1 - LEADERSHIP_PERSISTENCE * LEADERSHIP_PERSISTENCE);
            for (int t = 0; t < sessions; t++) {
                Regime regime = regimes[t];
                leadership = LEADERSHIP_PERSISTENCE * leadership + innovation * noise.gaussian();
                double marketState = marketVolatility[t] / (regime.annualVolatility() / StrictMath.sqrt(TRADING_DAYS));
                double sigma = regime.sectorDispersion() * sector.factorVolatility() / StrictMath.sqrt(TRADING_DAYS)
                        * marketState;
                factor[t] = regime.sectorRotation() / TRADING_DAYS * leadership + sigma * noise.gaussian();
                factorVolatility[t] = sigma;
            }
        }
    }

    private static double combine(double a, double b, double c) {
        return StrictMath.sqrt(a * a + b * b + c * c);
    }
}
