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

    /**
     * SMA(2) − SMA(4) = (c[i] + c[i−1] − c[i−2] − c[i−3]) / 4, exact for integer closes:
     * <pre>
     *  i   close  c[i]+c[i−1]−c[i−2]−c[i−3]  diff    cross
     *  3    99    99+100−100−100 = −1        −0.25   first defined: none
     *  4   102    102+99−100−100 = +1        +0.25   up → entry
     *  5    97    97+102−99−100  =  0         0      ignored
     *  6   105    105+97−102−99  = +1        +0.25   none (last non-zero was +)
     *  7    93    93+105−97−102  = −1        −0.25   down → exit
     *  8   109    109+93−105−97  =  0         0      ignored
     *  9    88    88+109−93−105  = −1        −0.25   none (last non-zero was −)
     * 10   115    115+88−109−93  = +1        +0.25   up → entry
     * </pre>
     * A crossover that counted the zero days ("previous ≤ 0 &lt; current") would enter at 4, 6 and 10
     * and exit at 7 and 9.
     */
    @Test
    void dayWithDifferenceExactlyZeroIsNotACross() {
        double[] close = {100, 100, 100, 99, 102, 97, 105, 93, 109, 88, 115};
        var provider = new SmaCrossProvider();
        SignalColumns s = provider.computeSignals(TestBars.fromCloses("Z", close, 1e6),
                provider.paramSpace().resolve(Map.of("fast", 2, "slow", 4)));
        double[] fast = s.indicators().get("sma_fast");
        double[] slow = s.indicators().get("sma_slow");
        assertThat(fast[5] - slow[5]).isZero();
        assertThat(fast[8] - slow[8]).isZero();
        assertThat(indices(s.entry())).containsExactly(4, 10);
        assertThat(indices(s.exit())).containsExactly(7);
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
