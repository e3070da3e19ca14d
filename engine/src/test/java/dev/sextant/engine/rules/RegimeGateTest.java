package dev.sextant.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.regime.MarketRegime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The regime gate decides day t from bars up to t only, and follows the regime model's classification. */
class RegimeGateTest {

    /** 800 days: a steady rise, a 120-day slide, a rebound; small daily wiggles. */
    private static PriceColumns index() {
        double[] close = new double[800];
        double level = 100;
        for (int i = 0; i < close.length; i++) {
            double drift = i < 400 ? 0.0008 : i < 520 ? -0.004 : 0.0015;
            level *= 1 + drift + 0.006 * Math.sin(i / 3.1) + 0.004 * Math.sin(i / 11.0);
            close[i] = level;
        }
        return TestBars.fromCloses("IDX", close, 1e6);
    }

    private final RegimeGate gate = new RegimeGate(EnumSet.of(MarketRegime.STRONG_BULL, MarketRegime.WEAK_BULL), "IDX", null);

    @Test
    void theDecisionOfDayTIsTheSameWhenAllBarsAfterTAreRemoved() {
        PriceColumns full = index();
        long[] calendar = full.time();
        boolean[] open = gate.openDays(calendar, Map.of("IDX", full));
        assertThat(open).contains(true, false); // the gate really opens and closes over this history
        for (int t : new int[] {300, 420, 480, 560, 700}) {
            long[] upToT = Arrays.copyOf(calendar, t + 1);
            boolean[] cut = gate.openDays(upToT, Map.of("IDX", full.slice(0, t + 1)));
            assertThat(cut).as("decisions up to day %d", t).isEqualTo(Arrays.copyOf(open, t + 1));
        }
    }

    /**
     * The same on the real SPY and ^VIX history (../shared, skipped when absent), cut at five dates across 2008-2020:
     * every decision up to the cut equals the one made with the whole history.
     */
    @Test
    void onTheRealIndexTooDecisionsDoNotDependOnLaterBars() throws java.io.IOException {
        java.nio.file.Path dir = dev.sextant.engine.market.SharedMarketData.dailyFolder().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null && java.nio.file.Files.exists(dir.resolve("SPY.csv.gz"))
                && java.nio.file.Files.exists(dir.resolve("^VIX.csv.gz")), "no real SPY/^VIX data");
        PriceColumns spy = dev.sextant.engine.DailyCsvReader.read(dir.resolve("SPY.csv.gz"));
        PriceColumns vix = dev.sextant.engine.DailyCsvReader.read(dir.resolve("^VIX.csv.gz"));
        RegimeGate real = new RegimeGate(EnumSet.of(MarketRegime.STRONG_BULL, MarketRegime.WEAK_BULL), "SPY", "^VIX");
        boolean[] open = real.openDays(spy.time(), Map.of("SPY", spy, "^VIX", vix));
        assertThat(open).contains(true, false);
        for (String cut : new String[] {"2008-09-15", "2009-03-09", "2011-08-08", "2015-08-24", "2020-03-16"}) {
            int t = spy.indexAtOrAfter(java.time.LocalDate.parse(cut).toEpochDay());
            long last = spy.time()[t];
            PriceColumns vixCut = vix.slice(0, vix.indexAtOrAfter(last + 1));
            boolean[] cutOpen = real.openDays(Arrays.copyOf(spy.time(), t + 1), Map.of("SPY", spy.slice(0, t + 1), "^VIX", vixCut));
            assertThat(cutOpen).as("decisions up to %s", cut).isEqualTo(Arrays.copyOf(open, t + 1));
        }
    }

    @Test
    void daysAreOpenExactlyWhenTheirRegimeIsAllowed() {
        PriceColumns full = index();
        MarketRegime[] regimes = gate.regimes(full.time(), Map.of("IDX", full));
        boolean[] open = gate.openDays(full.time(), Map.of("IDX", full));
        for (int c = 0; c < open.length; c++) {
            assertThat(open[c]).isEqualTo(regimes[c] == MarketRegime.STRONG_BULL || regimes[c] == MarketRegime.WEAK_BULL);
        }
        assertThat(regimes[0]).isNull(); // warm-up: unclassified, so closed
        assertThat(open[0]).isFalse();
    }

    @Test
    void labelsParseAndUnknownOnesAreNamed() {
        assertThat(RegimeGate.parseRegimes("weak_bull, strong_bull")).isEqualTo(Set.of(MarketRegime.WEAK_BULL, MarketRegime.STRONG_BULL));
        assertThat(gate.spec()).isEqualTo("strong_bull,weak_bull");
        assertThatThrownBy(() -> RegimeGate.parseRegimes("strong_bull,bullish"))
                .hasMessage("regime gate 'strong_bull,bullish': unknown regime 'bullish'; known: strong_bull, weak_bull, "
                        + "rotating_bull, range_bound, weak_bear, panic_crash, recovery");
        assertThatThrownBy(() -> gate.openDays(new long[] {1}, Map.of()))
                .hasMessage("regime gate 'strong_bull,weak_bull': no daily bars of IDX");
    }
}
