package dev.sextant.plugin.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.spi.SignalColumns;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DonchianBreakoutProviderTest {

    private final DonchianBreakoutProvider provider = new DonchianBreakoutProvider();

    @Test
    void entersOnTheCloseAboveThePreviousHighsAndExitsBelowThePreviousLows() {
        // 25 flat bars at 10 (highs 10.5, lows 9.5), then 11 (a breakout), 12, then 9 (below the lows of the 5 before)
        double[] close = new double[28];
        java.util.Arrays.fill(close, 0, 25, 10);
        close[25] = 11;
        close[26] = 12;
        close[27] = 9;
        SignalColumns s = provider.computeSignals(Bars.closes(close),
                provider.paramSpace().resolve(Map.of("entryPeriod", 20, "exitPeriod", 5, "stopAtr", 0)));

        assertThat(s.firstTradable()).isEqualTo(20);
        assertThat(IntStream.range(0, 28).filter(i -> s.entry()[i]).boxed().toList()).containsExactly(25, 26);
        assertThat(IntStream.range(0, 28).filter(i -> s.exit()[i]).boxed().toList()).containsExactly(27);
        assertThat(s.indicators().get("donchian_upper")[25]).isEqualTo(10.5);
        assertThat(s.rankScore()[25]).isCloseTo(11 / 10.5 - 1, within(1e-12));
        assertThat(s.triggerDistance()[24]).isCloseTo(10.5 / 10 - 1, within(1e-12));
        assertThat(s.stopLevel()[25]).isNaN();
    }

    @Test
    void stopIsTheGivenNumberOfAtrsBelowTheClose() {
        double[] close = new double[30];
        java.util.Arrays.fill(close, 10);
        SignalColumns s = provider.computeSignals(Bars.closes(close), provider.paramSpace().defaults());
        // every true range is 1 (high - low; the close never moves), so ATR(20) = 1 and the stop is 2 below
        assertThat(s.stopLevel()[25]).isCloseTo(8, within(1e-12));
    }
}
