package dev.sextant.app.ui.chart.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The percentages from the first visible bar, the rebasing onto the main close, and the chooser's type-ahead. */
class CompareMathTest {

    private static PriceColumns mainBars(double... close) {
        long[] t = new long[close.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = 20_000 + i;
        }
        return new PriceColumns("MAIN", Timeframe.DAILY, t, close, close, close, close, close, new double[close.length]);
    }

    @Test
    void theChangeIsMeasuredFromTheFirstVisibleBarWithAClose() {
        PriceColumns main = mainBars(50, 50, 50, 50, 50);
        CompareLine line = new CompareLine("B", "#000000", main.time(), new double[] {Double.NaN, 20, 25, 30, 15}, null);
        // visible from bar 0: B has no close there, so its base is bar 1 (20)
        assertThat(line.baseIndex(0, 5)).isEqualTo(1);
        assertThat(line.change(1, 3)).isCloseTo(30.0 / 20 - 1, within(1e-12)); // +50 %
        // visible from bar 2: the base moves to 25
        assertThat(line.baseIndex(2, 5)).isEqualTo(2);
        assertThat(line.change(2, 4)).isCloseTo(15.0 / 25 - 1, within(1e-12)); // -40 %
        assertThat(line.change(2, 1)).as("before the base").isNaN();
        assertThat(CompareViewModel.percent(0.5)).isEqualTo("+50.00%");
        assertThat(CompareViewModel.percent(-0.4)).isEqualTo("-40.00%");
        assertThat(CompareViewModel.percent(Double.NaN)).isEqualTo("-");
    }

    @Test
    void theLineStartsOnTheMainCloseAtItsBaseAndMovesByTheSymbolsPercentages() {
        PriceColumns main = mainBars(100, 110, 120, 130);
        CompareLine line = new CompareLine("B", "#000000", main.time(), new double[] {Double.NaN, 40, 44, 30}, null);
        double[] y = CompareOverlay.onMainScale(line, line.closes(), line.baseIndex(0, 4), main.close());
        // base bar 1: main close 110; B 40 -> 44 is +10 % -> 121; 40 -> 30 is -25 % -> 82.5
        assertThat(y[0]).isNaN();
        assertThat(y[1]).isCloseTo(110, within(1e-9));
        assertThat(y[2]).isCloseTo(121, within(1e-9));
        assertThat(y[3]).isCloseTo(82.5, within(1e-9));
    }

    @Test
    void typeAheadListsSymbolsStartingWithTheTextFirstThenThoseContainingIt() {
        List<String> all = List.of("XAAA", "AAPL", "MSFT", "AMZN", "BAA");
        assertThat(CompareChooser.matches(all, "aa")).containsExactly("AAPL", "BAA", "XAAA");
        assertThat(CompareChooser.matches(all, "")).containsExactly("AAPL", "AMZN", "BAA", "MSFT", "XAAA");
        assertThat(CompareChooser.matches(all, "zz")).isEmpty();
    }
}
