package dev.sextant.plugin.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.spi.SignalColumns;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeltnerReversionProviderTest {

    private final KeltnerReversionProvider provider = new KeltnerReversionProvider();

    @Test
    void buysAStretchBelowTheLowerBandAndSellsBackAtTheMiddle() {
        // 10 flat bars at 100 (range 1, so ATR(5) = 1 and EMA(5) = 100), a drop to 97, then back to 100
        double[] close = new double[13];
        Arrays.fill(close, 100);
        close[10] = 97;
        SignalColumns s = provider.computeSignals(Bars.closes(close),
                provider.paramSpace().resolve(Map.of("period", 5, "width", 2.0, "maxHoldDays", 7)));

        // bar 10: true range = max(1, |97.5 - 100|, |96.5 - 100|) = 3.5; ATR = (1 * 4 + 3.5) / 5 = 1.5
        // EMA = 100 + (97 - 100) / 3 = 99; lower band = 99 - 2 * 1.5 = 96: 97 is above it, no entry
        assertThat(s.indicators().get("keltner_lower")[10]).isCloseTo(96, within(1e-12));
        assertThat(s.entry()[10]).isFalse();
        assertThat(s.firstTradable()).isEqualTo(4);
        assertThat(s.maxHoldBars()[10]).isEqualTo(7);
        assertThat(s.exit()[9]).isTrue();
        assertThat(s.exit()[10]).isFalse();
    }

    @Test
    void entersWhenTheDropIsDeeperThanTheBand() {
        double[] close = new double[12];
        Arrays.fill(close, 100);
        close[10] = 90;
        SignalColumns s = provider.computeSignals(Bars.closes(close),
                provider.paramSpace().resolve(Map.of("period", 5, "width", 2.0)));
        // true range 10.5, ATR = (4 + 10.5) / 5 = 2.9, EMA = 100 - 10 / 3, lower = 96.667 - 5.8 = 90.867 > 90
        double lower = 100 - 10.0 / 3 - 2 * 2.9;
        assertThat(s.indicators().get("keltner_lower")[10]).isCloseTo(lower, within(1e-12));
        assertThat(s.entry()[10]).isTrue();
        assertThat(s.rankScore()[10]).isCloseTo((lower - 90) / 2.9, within(1e-12));
        assertThat(s.stopLevel()[10]).isCloseTo(90 - 3 * 2.9, within(1e-12));
    }
}
