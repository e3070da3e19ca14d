package dev.sextant.engine.regime;

import static dev.sextant.engine.regime.MarketRegime.RANGE_BOUND;
import static dev.sextant.engine.regime.MarketRegime.STRONG_BULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegimeForecasterTest {

    private static RegimeClassification labels(MarketRegime... regimes) {
        int n = regimes.length;
        long[] time = new long[n];
        double[][] none = new double[n][MarketRegime.COUNT];
        for (int i = 0; i < n; i++) {
            time[i] = 19_000 + i;
        }
        return new RegimeClassification(time, regimes, none, none, new boolean[n]);
    }

    private static RegimeParameters horizonOne() {
        RegimeParameters d = RegimeParameters.defaults();
        return new RegimeParameters(d.nearHighBand(), d.breadthMinShare(), d.breadthMinMembers(), d.volStaleDays(),
                d.volPercentileBars(), d.profiles(), d.scales(), d.breadthWeight(), d.temperature(), d.switchMargin(),
                d.minDwellDays(), d.panicMinDwellDays(), 1.0, 1e-3, List.of(1), 1, d.outlookMargin(),
                d.tightenStopsRisk(), d.reduceExposureRisk(), d.goToCashRisk());
    }

    @Test
    void forecastsUseOnlyTransitionsUpToTheDayAndAreScoredAgainstPersistence() {
        // strong_bull, strong_bull, range_bound; unclassified days are skipped
        RegimeClassification c = labels(STRONG_BULL, null, STRONG_BULL, RANGE_BOUND);
        RegimeForecast f = new RegimeForecaster(horizonOne()).forecast(c);
        assertThat(f.probabilities()[1]).isNull();
        // day 0: no transition seen yet → uniform
        assertThat(f.at(0, 1)[STRONG_BULL.ordinal()]).isCloseTo(1 / 7.0, within(1e-15));
        // day 2: one strong_bull → strong_bull seen → (1 + 1) / (1 + 7)
        double stay = 2 / 8.0;
        double other = 1 / 8.0;
        assertThat(f.at(2, 1)[STRONG_BULL.ordinal()]).isCloseTo(stay, within(1e-15));
        // day 3's forecast knows of the switch on day 3 but not of anything later
        assertThat(f.at(3, 1)[RANGE_BOUND.ordinal()]).isCloseTo(1 / 7.0, within(1e-15));

        ForecastSkill s = f.skill().getFirst();
        assertThat(s.forecasts()).isEqualTo(2); // day 0 → day 2, day 2 → day 3
        // day 0 forecast uniform, outcome strong_bull: Brier 6/49 + (6/7)²; persistence right: 0
        double brier0 = 6 / 49.0 + Math.pow(6 / 7.0, 2);
        // day 2 forecast (2/8 on strong_bull, 1/8 elsewhere), outcome range_bound; persistence wrong: 2
        double brier2 = Math.pow(stay, 2) + Math.pow(other - 1, 2) + 5 * Math.pow(other, 2);
        assertThat(s.brierModel()).isCloseTo((brier0 + brier2) / 2, within(1e-12));
        assertThat(s.brierPersistence()).isCloseTo(1.0, within(1e-12));
        assertThat(s.logLossModel()).isCloseTo((Math.log(7) + Math.log(8)) / 2, within(1e-12));
        assertThat(s.logLossPersistence()).isCloseTo(-Math.log(1e-3) / 2, within(1e-12));
        assertThat(s.brierSkill()).isCloseTo(1 - (brier0 + brier2) / 2, within(1e-12));
    }
}
