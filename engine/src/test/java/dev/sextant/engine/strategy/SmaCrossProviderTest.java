package dev.sextant.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.spi.SignalColumns;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmaCrossProviderTest {

    @Test
    void crossesIgnoreZeroDaysAndFirstDefinedDay() {
        boolean[] up = new boolean[7];
        boolean[] down = new boolean[7];
        CrossDetector.crosses(new double[] {Double.NaN, 1, 0, 2, 0, -1, 3}, up, down);
        // index 1 is the first defined value (positive): not a cross; the zero at 2 and 4 are skipped.
        assertThat(up).containsExactly(false, false, false, false, false, false, true);
        assertThat(down).containsExactly(false, false, false, false, false, true, false);
    }

    @Test
    void noEntryWhenFastIsAlreadyAboveSlowOnFirstTradableDay() {
        double[] close = new double[30];
        for (int i = 0; i < close.length; i++) {
            close[i] = 10 + i; // rising: fast SMA above slow SMA from the first defined day
        }
        var provider = new SmaCrossProvider();
        SignalColumns s = provider.computeSignals(TestBars.fromCloses("UP", close, 1e6),
                provider.paramSpace().resolve(Map.of("fast", 3, "slow", 5)));
        for (boolean e : s.entry()) {
            assertThat(e).isFalse();
        }
    }

    @Test
    void entryOnUpCrossExitOnDownCross() {
        double[] close = {10, 10, 10, 10, 10, 9, 8, 7, 8, 10, 12, 14, 12, 9, 7, 6};
        var provider = new SmaCrossProvider();
        SignalColumns s = provider.computeSignals(TestBars.fromCloses("X", close, 1e6),
                provider.paramSpace().resolve(Map.of("fast", 2, "slow", 4)));
        // fast-slow: i=3: 0 ; i=4: 0 ; i=5: -0.25 ; ... turns positive at i=9, negative at i=13
        assertThat(s.firstTradable()).isEqualTo(3);
        assertThat(indices(s.entry())).containsExactly(9);
        assertThat(indices(s.exit())).containsExactly(13);
    }

    private static java.util.List<Integer> indices(boolean[] a) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (a[i]) {
                out.add(i);
            }
        }
        return out;
    }
}
