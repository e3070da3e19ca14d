package dev.sextant.app.ui.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.RegimeSnapshot;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleGridDataSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The heatmap's grid is the days' regime probabilities, placed so that each cell sits on its day's and regime's tick. */
class ProbabilityHeatmapTest {

    private static RegimeSnapshot day(LocalDate date, MarketRegime regime, double... p) {
        return new RegimeSnapshot(date, regime, p, false, List.of(), null, null);
    }

    private static final LocalDate D0 = LocalDate.of(2024, 3, 4);
    private static final List<RegimeSnapshot> DAYS = List.of(
            day(D0, MarketRegime.STRONG_BULL, 0.70, 0.10, 0.05, 0.05, 0.04, 0.01, 0.05),
            day(D0.plusDays(1), MarketRegime.WEAK_BULL, 0.20, 0.50, 0.10, 0.10, 0.05, 0.02, 0.03),
            day(D0.plusDays(2), MarketRegime.PANIC_CRASH, 0.00, 0.05, 0.05, 0.10, 0.20, 0.55, 0.05));

    @Test
    void theGridHoldsEachDaysProbabilityOfEachRegime() {
        DoubleGridDataSet grid = ProbabilityHeatmap.grid(DAYS);
        assertThat(grid.getShape()).containsExactly(3, MarketRegime.COUNT);
        assertThat(grid.getDataCount()).isEqualTo(3 * MarketRegime.COUNT);
        for (int d = 0; d < DAYS.size(); d++) {
            for (MarketRegime r : MarketRegime.values()) {
                assertThat(grid.get(DataSet.DIM_Z, d, r.ordinal())).as("day %d %s", d, r).isEqualTo(DAYS.get(d).probability(r));
            }
        }
        // spot values typed in from the case above, not read back through the same accessor
        assertThat(grid.get(DataSet.DIM_Z, 0, 0)).isEqualTo(0.70);
        assertThat(grid.get(DataSet.DIM_Z, 2, MarketRegime.PANIC_CRASH.ordinal())).isEqualTo(0.55);
        assertThat(grid.get(DataSet.DIM_Z, 1, MarketRegime.RECOVERY.ordinal())).isEqualTo(0.03);
    }

    @Test
    void cellsSpanOneUnitAroundTheirIndex() {
        DoubleGridDataSet grid = ProbabilityHeatmap.grid(DAYS);
        // ChartFX draws the image from the first to the last grid value: -0.5 .. n-0.5 gives each of n cells one unit
        assertThat(grid.getGridValues(DataSet.DIM_X)).containsExactly(-0.5, 1.0, 2.5);
        double[] rows = grid.getGridValues(DataSet.DIM_Y);
        assertThat(rows).hasSize(MarketRegime.COUNT);
        assertThat(rows[0]).isEqualTo(-0.5);
        assertThat(rows[MarketRegime.COUNT - 1]).isEqualTo(MarketRegime.COUNT - 0.5, org.assertj.core.api.Assertions.within(1e-12));
        double width = (rows[MarketRegime.COUNT - 1] - rows[0]) / MarketRegime.COUNT;
        assertThat(width).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aSingleDayIsTwoEqualHalvesAndNoDayIsAnError() {
        DoubleGridDataSet grid = ProbabilityHeatmap.grid(DAYS.subList(0, 1));
        assertThat(grid.getShape()).containsExactly(2, MarketRegime.COUNT);
        assertThat(grid.getGridValues(DataSet.DIM_X)).containsExactly(-0.5, 0.5);
        for (MarketRegime r : MarketRegime.values()) {
            assertThat(grid.get(DataSet.DIM_Z, 0, r.ordinal())).isEqualTo(DAYS.getFirst().probability(r));
            assertThat(grid.get(DataSet.DIM_Z, 1, r.ordinal())).isEqualTo(DAYS.getFirst().probability(r));
        }
        assertThatThrownBy(() -> ProbabilityHeatmap.grid(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("days");
    }

    @Test
    void theColourScaleRunsFromDarkToBrightBlueByTheSquareRoot() {
        assertThat(ProbabilityHeatmap.colour(0)).isEqualTo(javafx.scene.paint.Color.web("#2d333b"));
        assertThat(ProbabilityHeatmap.colour(1)).isEqualTo(javafx.scene.paint.Color.web("#6cb6ff"));
        // p = 0.25 is half way (sqrt): red channel (0x2d + 0x6c) / 2 / 255
        assertThat(ProbabilityHeatmap.colour(0.25).getRed()).isCloseTo((0x2d + 0x6c) / 2.0 / 255, org.assertj.core.api.Assertions.within(1e-6)); // Color holds floats
        var gradient = ProbabilityHeatmap.gradient();
        assertThat(gradient.getColor(0.0)).isEqualTo(ProbabilityHeatmap.colour(0));
        assertThat(gradient.getColor(1.0)).isEqualTo(ProbabilityHeatmap.colour(1));
        assertThat(gradient.getColor(0.25).getRed()).isCloseTo(ProbabilityHeatmap.colour(0.25).getRed(), org.assertj.core.api.Assertions.within(0.01));
    }
}
