package dev.sextant.engine.regime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.sample.SampleMarket;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Agreement of the classifier with the generator's true regimes on the sample market
 * (IDX.SX, ^VOL.SX, the 120 sample stocks for breadth). The profile centres were set on
 * 2009–2016; 2017–2024 is reported separately as the part the centres never saw.
 * Chance level: about 0.20 (independent labelings with these frequencies); always answering the
 * most common true regime would score about 0.33.
 */
class SampleMarketAgreementTest {

    private static final LocalDate HOLDOUT = LocalDate.of(2017, 1, 1);

    @Test
    void agreesWithTheTrueRegimesWellAboveChance() {
        RegimeAnalysis a = new RegimeModel(RegimeParameters.defaults()).run(SampleMarketBars.index(),
                SampleMarketBars.volatility(), SampleMarketBars.stocks(), ProgressSink.NONE, Cancellation.NEVER);
        SortedMap<LocalDate, MarketRegime> truth = new TreeMap<>();
        SampleMarket.regimes().forEach((d, r) -> truth.put(d, MarketRegime.fromLabel(r.label())));
        SortedMap<LocalDate, MarketRegime> model = a.classification().byDate();

        ConfusionMatrix all = ConfusionMatrix.of(truth, model);
        ConfusionMatrix calibration = ConfusionMatrix.of(truth, new TreeMap<>(model).headMap(HOLDOUT));
        ConfusionMatrix holdout = ConfusionMatrix.of(truth, new TreeMap<>(model).tailMap(HOLDOUT));
        System.out.println("Sample market, all classified days:\n" + all.format());
        System.out.printf(Locale.ROOT, "calibration 2009–2016: accuracy %.3f kappa %.3f; holdout 2017–2024: accuracy %.3f kappa %.3f%n",
                calibration.accuracy(), calibration.kappa(), holdout.accuracy(), holdout.kappa());
        for (ForecastSkill s : a.summary().skill()) {
            System.out.printf(Locale.ROOT, "h=%2d n=%d Brier %.4f vs persistence %.4f (skill %+.3f); log-loss %.4f vs %.4f (skill %+.3f)%n",
                    s.horizon(), s.forecasts(), s.brierModel(), s.brierPersistence(), s.brierSkill(),
                    s.logLossModel(), s.logLossPersistence(), s.logLossSkill());
        }

        assertThat(all.total()).isGreaterThan(3700); // every session after the one-year warm-up
        assertThat(all.accuracy()).isGreaterThanOrEqualTo(0.45);
        assertThat(all.kappa()).isGreaterThanOrEqualTo(0.30);
        assertThat(holdout.accuracy()).isGreaterThanOrEqualTo(0.42);
        assertThat(all.recall(MarketRegime.PANIC_CRASH)).isGreaterThanOrEqualTo(0.6);
        assertThat(a.summary().breadthDays()).isEqualTo(a.summary().days());
    }
}
