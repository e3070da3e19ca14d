package dev.sextant.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stylized facts of real markets, measured on the shipped sample market (which
 * {@link SampleMarketGeneratorTest} proves equal to a fresh generation).
 *
 * <p>Index facts use the daily log returns of {@code adj_close} of {@code IDX.SX}. Stock facts are
 * computed per stock and summarised by the median over all stocks, except the volume–|return|
 * correlation, which must hold for every stock.
 */
class StylizedFactsTest {

    private static DailySeries index;
    private static double[] indexReturns;
    private static DailySeries volatility;
    private static List<Instrument> stocks;
    private static Map<String, DailySeries> stockSeries;
    private static SortedMap<LocalDate, Regime> regimes;

    @BeforeAll
    static void readMarket() {
        index = DailySeries.read(SampleMarket.indexSymbol());
        indexReturns = index.logReturns();
        volatility = DailySeries.read(SampleMarket.volatilitySymbol());
        stocks = SampleMarket.instruments().stream().filter(i -> i.kind() == InstrumentKind.STOCK).toList();
        stockSeries = new HashMap<>();
        for (Instrument stock : stocks) {
            stockSeries.put(stock.symbol(), DailySeries.read(stock.symbol()));
        }
        regimes = SampleMarket.regimes();
    }

    @Test
    void indexReturnsHaveFatTails() {
        assertThat(Stats.excessKurtosis(indexReturns)).as("excess kurtosis of index returns").isGreaterThan(3);
    }

    @Test
    void indexVolatilityClustersWhileReturnsAreNotPredictable() {
        double[] absolute = Stats.abs(indexReturns);
        for (int lag = 1; lag <= 10; lag++) {
            assertThat(Stats.autocorrelation(absolute, lag)).as("ACF of |r| at lag %d", lag).isGreaterThan(0.05);
            assertThat(Math.abs(Stats.autocorrelation(indexReturns, lag))).as("|ACF of r| at lag %d", lag)
                    .isLessThan(0.1);
        }
    }

    @Test
    void volumeRisesWithAbsoluteReturn() {
        assertThat(Stats.correlation(index.volumesOfReturnDays(), Stats.abs(indexReturns)))
                .as("index volume vs |r|").isGreaterThan(0.2);
        for (DailySeries stock : stockSeries.values()) {
            assertThat(Stats.correlation(stock.volumesOfReturnDays(), Stats.abs(stock.logReturns())))
                    .as("%s volume vs |r|", stock.symbol()).isGreaterThan(0.2);
        }
    }

    @Test
    void typicalStockHasFatTailsAndVolatilityClustering() {
        double[] kurtosis = new double[stocks.size()];
        double[] clustering = new double[stocks.size()];
        for (int i = 0; i < stocks.size(); i++) {
            double[] returns = stockSeries.get(stocks.get(i).symbol()).logReturns();
            kurtosis[i] = Stats.excessKurtosis(returns);
            clustering[i] = Stats.autocorrelation(Stats.abs(returns), 1);
        }
        assertThat(Stats.median(kurtosis)).as("median excess kurtosis of stocks").isGreaterThan(3);
        assertThat(Stats.median(clustering)).as("median lag-1 ACF of |r| of stocks").isGreaterThan(0.05);
    }

    @Test
    void volatilityIndexMovesAgainstTheIndexAndTracksRealisedVolatility() {
        assertThat(volatility.dates()).isEqualTo(index.dates());
        assertThat(volatility.volume()).containsOnly(0L);
        double[] volatilityChanges = volatility.logReturns();
        assertThat(Stats.correlation(volatilityChanges, indexReturns)).as("corr(Δlog VOL, index return)")
                .isLessThan(-0.4);

        int window = 21;
        double[] level = new double[indexReturns.length - window + 1];
        double[] realised = new double[level.length];
        for (int i = 0; i < level.length; i++) {
            double[] last = Arrays.copyOfRange(indexReturns, i, i + window);
            realised[i] = Stats.standardDeviation(last) * Math.sqrt(252) * 100;
            level[i] = volatility.close()[i + window];
        }
        assertThat(Stats.correlation(level, realised)).as("corr(VOL level, trailing 21-day realised vol)")
                .isGreaterThan(0.5);
    }

    @Test
    void regimesHaveTheirOwnDriftVolatilityAndDispersion() {
        Map<Regime, List<Double>> returnsByRegime = new HashMap<>();
        Map<Regime, List<Double>> volatilityByRegime = new HashMap<>();
        for (int i = 1; i < index.size(); i++) {
            Regime regime = regimes.get(index.dates().get(i));
            returnsByRegime.computeIfAbsent(regime, r -> new ArrayList<>()).add(indexReturns[i - 1]);
            volatilityByRegime.computeIfAbsent(regime, r -> new ArrayList<>()).add(volatility.close()[i]);
        }
        double[] crash = toArray(returnsByRegime.get(Regime.PANIC_CRASH));
        double[] bull = toArray(returnsByRegime.get(Regime.STRONG_BULL));
        assertThat(Stats.mean(crash)).as("mean return in panic_crash").isNegative();
        assertThat(Stats.mean(bull)).as("mean return in strong_bull").isPositive();
        assertThat(Stats.standardDeviation(crash)).isGreaterThan(2 * Stats.standardDeviation(bull));
        assertThat(Stats.mean(toArray(volatilityByRegime.get(Regime.PANIC_CRASH))))
                .isGreaterThan(2 * Stats.mean(toArray(volatilityByRegime.get(Regime.STRONG_BULL))));

        assertThat(sectorDispersion(Regime.ROTATING_BULL)).as("sector dispersion rotating_bull vs strong_bull")
                .isGreaterThan(1.3 * sectorDispersion(Regime.STRONG_BULL));
    }

    @Test
    void stockReturnsFollowTheirFactorLoadings() {
        double[] configured = new double[stocks.size()];
        double[] estimated = new double[stocks.size()];
        double[] error = new double[stocks.size()];
        for (int i = 0; i < stocks.size(); i++) {
            Instrument stock = stocks.get(i);
            double[][] aligned = alignedWithIndex(stockSeries.get(stock.symbol()));
            configured[i] = stock.beta().orElseThrow();
            estimated[i] = Stats.slope(aligned[0], aligned[1]);
            error[i] = Math.abs(estimated[i] - configured[i]);
        }
        assertThat(Stats.correlation(configured, estimated)).as("corr(configured beta, estimated beta)")
                .isGreaterThan(0.8);
        assertThat(Stats.median(error)).as("median |estimated − configured beta|").isLessThan(0.15);

        Map<String, double[]> returns = new HashMap<>();
        stockSeries.forEach((symbol, series) -> returns.put(symbol, series.logReturns()));
        List<Double> sameSector = new ArrayList<>();
        List<Double> otherSector = new ArrayList<>();
        for (int i = 0; i < stocks.size(); i++) {
            for (int j = i + 1; j < stocks.size(); j++) {
                double[] a = returns.get(stocks.get(i).symbol());
                double[] b = returns.get(stocks.get(j).symbol());
                if (a.length != indexReturns.length || b.length != indexReturns.length) {
                    continue; // skip the stocks with a calendar gap, whose rows are not aligned
                }
                double correlation = Stats.correlation(a, b);
                boolean same = stocks.get(i).sector().equals(stocks.get(j).sector());
                (same ? sameSector : otherSector).add(correlation);
            }
        }
        assertThat(Stats.mean(toArray(sameSector))).as("mean correlation within a sector")
                .isGreaterThan(Stats.mean(toArray(otherSector)) + 0.05);
    }

    /** Mean over the regime's days of the cross-sectional std of sector ETF returns net of their market part. */
    private static double sectorDispersion(Regime regime) {
        List<Instrument> sectorEtfs = SampleMarket.instruments().stream()
                .filter(i -> i.kind() == InstrumentKind.ETF && i.sector().isPresent()).toList();
        List<double[]> residuals = new ArrayList<>();
        for (Instrument etf : sectorEtfs) {
            double[] returns = DailySeries.read(etf.symbol()).logReturns();
            double beta = etf.beta().orElseThrow();
            double[] residual = new double[returns.length];
            for (int t = 0; t < returns.length; t++) {
                residual[t] = returns[t] - beta * indexReturns[t];
            }
            residuals.add(residual);
        }
        List<Double> dispersion = new ArrayList<>();
        for (int t = 0; t < indexReturns.length; t++) {
            if (regimes.get(index.dates().get(t + 1)) == regime) {
                double[] crossSection = new double[residuals.size()];
                for (int s = 0; s < residuals.size(); s++) {
                    crossSection[s] = residuals.get(s)[t];
                }
                dispersion.add(Stats.standardDeviation(crossSection));
            }
        }
        return Stats.mean(toArray(dispersion));
    }

    /** Stock and index log returns over the stock's consecutive rows that are also consecutive index sessions. */
    private static double[][] alignedWithIndex(DailySeries stock) {
        Map<LocalDate, Integer> indexRow = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            indexRow.put(index.dates().get(i), i);
        }
        List<Double> stockReturns = new ArrayList<>();
        List<Double> marketReturns = new ArrayList<>();
        double[] returns = stock.logReturns();
        for (int i = 1; i < stock.size(); i++) {
            int row = indexRow.get(stock.dates().get(i));
            if (indexRow.get(stock.dates().get(i - 1)) == row - 1) {
                stockReturns.add(returns[i - 1]);
                marketReturns.add(indexReturns[row - 1]);
            }
        }
        return new double[][] {toArray(stockReturns), toArray(marketReturns)};
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
