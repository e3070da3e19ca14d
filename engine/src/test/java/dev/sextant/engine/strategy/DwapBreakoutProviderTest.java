package dev.sextant.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.SignalColumns;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * dwap-breakout: the strong flag (volume ≥ 1.5 × 200-bar average volume AND close &gt; SMA50 &gt;
 * SMA200) in true and false cases, and the DWAP column against a plain loop. The 200-bar
 * average volume includes the current bar, like the volume ratio (README "Indicator conventions").
 * Every case looks at bar 230 of a 260-bar series whose volume is 1 000 000 except on bar 230.
 * Tolerance 1e-9 (prices around 50–100).
 */
class DwapBreakoutProviderTest {

    private static final int BAR = 230;
    private final DwapBreakoutProvider provider = new DwapBreakoutProvider();

    private SignalColumns signals(IntToDoubleFunction close, double volumeAtBar) {
        double[] c = new double[260];
        for (int i = 0; i < c.length; i++) {
            c[i] = close.applyAsDouble(i);
        }
        PriceColumns bars = TestBars.fromCloses("D", c, 1e6);
        bars.volume()[BAR] = volumeAtBar;
        return provider.computeSignals(bars, provider.paramSpace().defaults());
    }

    /**
     * Rising close = 50 + 0.1·i: close[230] = 73, SMA50 = 73 − 0.1·49/2 = 70.55, SMA200 = 73 − 0.1·199/2 = 63.05.
     * Volume 1.6 M: average = (199·1 M + 1.6 M)/200 = 1.003 M, 1.5 × 1.003 M = 1.5045 M ≤ 1.6 M → strong.
     */
    @Test
    void strongWhenVolumeSurgesInAnOrderedUptrend() {
        SignalColumns s = signals(i -> 50 + 0.1 * i, 1.6e6);
        assertThat(s.indicators().get("sma50")[BAR]).isCloseTo(70.55, within(1e-9));
        assertThat(s.indicators().get("sma200")[BAR]).isCloseTo(63.05, within(1e-9));
        assertThat(s.indicators().get("vol_ratio")[BAR]).isCloseTo(1.6 / 1.003, within(1e-9));
        assertThat(s.strong()[BAR]).isTrue();
        assertThat(s.strong()[BAR - 1]).isFalse(); // same trend, ordinary volume
        assertThat(s.strong()[BAR + 1]).isFalse();
    }

    /**
     * Same uptrend, volume 1.5 M: average = (199 M + 1.5 M)/200 = 1.0025 M, 1.5 × 1.0025 M = 1.50375 M
     * &gt; 1.5 M → not strong (ratio 1.5/1.0025 = 1.4963).
     */
    @Test
    void notStrongWhenVolumeIsJustBelowOneAndAHalfTimesItsAverage() {
        SignalColumns s = signals(i -> 50 + 0.1 * i, 1.5e6);
        assertThat(s.indicators().get("vol_ratio")[BAR]).isCloseTo(1.5 / 1.0025, within(1e-9));
        assertThat(s.strong()[BAR]).isFalse();
    }

    /**
     * Falling close = 100 − 0.1·i with volume 2 M (≥ 1.5 × 1.005 M): close 77 &lt; SMA50 79.45 &lt; SMA200 86.95
     * → not strong.
     */
    @Test
    void notStrongInADowntrendDespiteTheVolume() {
        SignalColumns s = signals(i -> 100 - 0.1 * i, 2e6);
        assertThat(s.indicators().get("sma50")[BAR]).isCloseTo(79.45, within(1e-9));
        assertThat(s.indicators().get("sma200")[BAR]).isCloseTo(86.95, within(1e-9));
        assertThat(s.strong()[BAR]).isFalse();
    }

    /**
     * V shape: close = 100 − 0.1·i up to bar 220 (78.0), then + 2 per bar: close[230] = 98.
     * SMA50 (bars 181..230) = (40 × mean(81.9..78.0) + 10 × mean(80..98))/50 = (40·79.95 + 10·89)/50 = 81.76;
     * SMA200 (bars 31..230) = (190 × mean(96.9..78.0) + 10·89)/200 = (190·87.45 + 890)/200 = 87.5275.
     * Close 98 &gt; SMA50 but SMA50 &lt; SMA200; volume 2 M is enough → still not strong.
     */
    @Test
    void notStrongWhenSma50IsBelowSma200() {
        SignalColumns s = signals(i -> i <= 220 ? 100 - 0.1 * i : 78 + 2 * (i - 220), 2e6);
        assertThat(s.indicators().get("sma50")[BAR]).isCloseTo(81.76, within(1e-9));
        assertThat(s.indicators().get("sma200")[BAR]).isCloseTo(87.5275, within(1e-9));
        assertThat(s.indicators().get("vol_ratio")[BAR]).isGreaterThanOrEqualTo(1.5);
        assertThat(s.strong()[BAR]).isFalse();
    }

    /** DWAP = Σ close·volume / Σ volume over the last `period` bars, NaN before bar period − 1. */
    @Test
    void dwapColumnMatchesAPlainLoop() {
        PriceColumns bars = TestBars.synthetic("S", 700, 60, 0.03, 4);
        for (int period : new int[] {200, 20}) {
            SignalColumns s = provider.computeSignals(bars, provider.paramSpace().resolve(Map.of("period", period)));
            double[] dwap = s.indicators().get("dwap");
            for (int i = 0; i < bars.size(); i++) {
                if (i < period - 1) {
                    assertThat(dwap[i]).as("dwap(%d)[%d]", period, i).isNaN();
                    continue;
                }
                double pv = 0;
                double v = 0;
                for (int k = i - period + 1; k <= i; k++) {
                    pv += bars.close()[k] * bars.volume()[k];
                    v += bars.volume()[k];
                }
                assertThat(dwap[i]).as("dwap(%d)[%d]", period, i).isCloseTo(pv / v, within(1e-9));
                assertThat(s.indicators().get("pct_above_dwap")[i]).isCloseTo(bars.close()[i] / (pv / v) - 1, within(1e-9));
            }
        }
    }
}
