package dev.sextant.engine.regime;

import java.util.List;

/**
 * A strategy × regime table, the data behind the results-by-regime heatmap and the
 * {@code by_regime} section of the backtest JSON.
 *
 * @param rows one per strategy, in the order given
 */
public record ResultsByRegime(List<Row> rows) {

    public ResultsByRegime {
        rows = List.copyOf(rows);
    }

    /**
     * @param cells one per regime, in {@link MarketRegime} order
     * @param unclassifiedDays daily returns on days the regime map does not cover (left out of every cell)
     */
    public record Row(String strategy, List<RegimePerformance> cells, int unclassifiedDays) {

        public Row {
            cells = List.copyOf(cells);
        }

        public RegimePerformance cell(MarketRegime regime) {
            return cells.get(regime.ordinal());
        }
    }
}
