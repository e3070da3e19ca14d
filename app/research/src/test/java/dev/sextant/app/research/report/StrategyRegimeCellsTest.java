package dev.sextant.app.research.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.app.research.RegimeSplit;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.RegimeBreakdown;
import dev.sextant.engine.regime.RegimePerformance;
import dev.sextant.engine.regime.ResultsByRegime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strategy × regime cells from stored splits: golden values computed by hand, thin cells left empty, the colour scale. */
class StrategyRegimeCellsTest {

    /** A split whose strong_bull cell is {@code bull} and weak_bear cell is {@code bear}; the others empty. */
    private static RegimeSplit split(long id, String strategy, RegimePerformance bull, RegimePerformance bear) {
        List<RegimePerformance> cells = new ArrayList<>();
        for (MarketRegime r : MarketRegime.values()) {
            cells.add(r == MarketRegime.STRONG_BULL ? bull : r == MarketRegime.WEAK_BEAR ? bear
                    : new RegimePerformance(r, 0, 0, null, 0, null));
        }
        return new RegimeSplit(id, strategy, 3, Instant.parse("2026-01-02T00:00:00Z"),
                new RegimeBreakdown("IDX.SX", "^VOL.SX", "regime-1", new ResultsByRegime.Row(strategy, cells, 0)));
    }

    private static final RegimeSplit A = split(7, "sma-cross",
            new RegimePerformance(MarketRegime.STRONG_BULL, 126, 0.10, 1.5, 4, 0.75),
            new RegimePerformance(MarketRegime.WEAK_BEAR, 63, -0.19, -0.8, 2, 0.0));
    private static final RegimeSplit B = split(9, "rsi-reversion",
            new RegimePerformance(MarketRegime.STRONG_BULL, 19, 0.05, 2.0, 1, 1.0),
            new RegimePerformance(MarketRegime.WEAK_BEAR, 252, 0.02, 0.1, 0, null));

    @Test
    void annualisedReturnCompoundsTheStoredReturnOverItsDays() {
        StrategyRegimeCells cells = StrategyRegimeCells.of(List.of(A, B), RegimeMetric.ANNUAL_RETURN);
        // 126 days of +10 % = half a year: 1.1^2 - 1; 63 days of -19 % = a quarter: 0.81^4 - 1
        assertThat(cells.value(0, MarketRegime.STRONG_BULL)).isCloseTo(0.21, within(1e-12));
        assertThat(cells.value(0, MarketRegime.WEAK_BEAR)).isCloseTo(0.43046721 - 1, within(1e-12));
        assertThat(cells.value(1, MarketRegime.WEAK_BEAR)).isCloseTo(0.02, within(1e-12));
        assertThat(cells.value(1, MarketRegime.STRONG_BULL)).as("19 days are too few").isNull();
        assertThat(cells.value(0, MarketRegime.PANIC_CRASH)).isNull();
        assertThat(cells.text(0, MarketRegime.STRONG_BULL)).isEqualTo("21.0");
        assertThat(cells.text(1, MarketRegime.STRONG_BULL)).isEqualTo("–");
        // the scale is the largest distance from 0: the weak_bear loss of 56.95 %
        assertThat(cells.scale()).isCloseTo(1 - 0.43046721, within(1e-12));
        assertThat(cells.strength(0, MarketRegime.WEAK_BEAR)).isEqualTo(-1);
        assertThat(cells.strength(0, MarketRegime.STRONG_BULL)).isCloseTo(0.21 / (1 - 0.43046721), within(1e-12));
        assertThat(cells.strength(1, MarketRegime.STRONG_BULL)).isZero();
        assertThat(cells.legendLow()).isEqualTo("-57.0");
        assertThat(cells.legendHigh()).isEqualTo("57.0");
        assertThat(cells.describe(1, MarketRegime.STRONG_BULL)).contains("rsi-reversion (run 9) in strong_bull: 19 days")
                .contains("fewer than 20 days");
    }

    @Test
    void sharpeAndWinRateComeAsStoredAndWinRatesCentreOnHalf() {
        StrategyRegimeCells sharpe = StrategyRegimeCells.of(List.of(A, B), RegimeMetric.SHARPE);
        assertThat(sharpe.value(0, MarketRegime.STRONG_BULL)).isEqualTo(1.5);
        assertThat(sharpe.text(0, MarketRegime.WEAK_BEAR)).isEqualTo("-0.80");
        assertThat(sharpe.value(1, MarketRegime.STRONG_BULL)).isNull();
        assertThat(sharpe.scale()).isEqualTo(1.5);

        StrategyRegimeCells wins = StrategyRegimeCells.of(List.of(A, B), RegimeMetric.WIN_RATE);
        assertThat(wins.value(1, MarketRegime.STRONG_BULL)).as("one trade is enough for a win rate").isEqualTo(1.0);
        assertThat(wins.value(1, MarketRegime.WEAK_BEAR)).as("no trade").isNull();
        assertThat(wins.scale()).isEqualTo(0.5);
        assertThat(wins.strength(0, MarketRegime.STRONG_BULL)).isCloseTo(0.5, within(1e-12));
        assertThat(wins.strength(0, MarketRegime.WEAK_BEAR)).isEqualTo(-1);
        assertThat(wins.legendLow()).isEqualTo("0.0");
        assertThat(wins.legendHigh()).isEqualTo("100.0");
    }

    @Test
    void noRowsGiveAnEmptyGridWithAZeroScale() {
        StrategyRegimeCells cells = StrategyRegimeCells.of(List.of(), RegimeMetric.TOTAL_RETURN);
        assertThat(cells.rows()).isEmpty();
        assertThat(cells.scale()).isZero();
    }
}
