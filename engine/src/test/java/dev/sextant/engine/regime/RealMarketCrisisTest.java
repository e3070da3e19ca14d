package dev.sextant.engine.regime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.DailyCsvReader;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SharedMarketData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * On the real SPY and ^VIX history (../shared, skipped when absent) the crisis weeks of autumn
 * 2008 and March 2020 must come out as panic_crash on most days. Nothing was tuned to these dates.
 */
class RealMarketCrisisTest {

    @Test
    void crisisWeeksArePanicCrash() throws IOException {
        Path dir = SharedMarketData.dailyFolder().orElse(null);
        Assumptions.assumeTrue(dir != null && Files.exists(dir.resolve("SPY.csv.gz")) && Files.exists(dir.resolve("^VIX.csv.gz")),
                "no real SPY/^VIX data (../shared/data/market/daily or SEXTANT_MARKET_DATA)");
        PriceColumns spy = DailyCsvReader.read(dir.resolve("SPY.csv.gz"));
        PriceColumns vix = DailyCsvReader.read(dir.resolve("^VIX.csv.gz"));
        RegimeAnalysis a = new RegimeModel(RegimeParameters.defaults()).run(spy, vix, List.of(), ProgressSink.NONE, Cancellation.NEVER);
        SortedMap<LocalDate, MarketRegime> regimes = a.classification().byDate();

        double autumn2008 = panicShare(regimes, LocalDate.of(2008, 10, 6), LocalDate.of(2008, 10, 24));
        double march2020 = panicShare(regimes, LocalDate.of(2020, 3, 9), LocalDate.of(2020, 3, 23));
        System.out.printf(Locale.ROOT, "SPY+^VIX: panic_crash on %.0f %% of 2008-10-06..24 and %.0f %% of 2020-03-09..23%n",
                100 * autumn2008, 100 * march2020);
        double[] share = a.summary().timeShare();
        for (MarketRegime r : MarketRegime.values()) {
            System.out.printf(Locale.ROOT, "  %-14s %.3f%n", r.label(), share[r.ordinal()]);
        }
        for (ForecastSkill s : a.summary().skill()) {
            System.out.printf(Locale.ROOT, "  h=%2d Brier %.4f vs %.4f (skill %+.3f); log-loss %.4f vs %.4f (skill %+.3f)%n",
                    s.horizon(), s.brierModel(), s.brierPersistence(), s.brierSkill(),
                    s.logLossModel(), s.logLossPersistence(), s.logLossSkill());
        }
        assertThat(autumn2008).isGreaterThanOrEqualTo(0.8);
        assertThat(march2020).isGreaterThanOrEqualTo(0.8);
        assertThat(a.summary().breadthDays()).isZero(); // no universe given: every day says "no breadth"
    }

    private static double panicShare(SortedMap<LocalDate, MarketRegime> regimes, LocalDate from, LocalDate to) {
        var window = regimes.subMap(from, to.plusDays(1)).values();
        assertThat(window).isNotEmpty();
        return window.stream().filter(r -> r == MarketRegime.PANIC_CRASH).count() / (double) window.size();
    }
}
