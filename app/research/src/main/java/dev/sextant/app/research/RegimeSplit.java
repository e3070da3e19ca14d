package dev.sextant.app.research;

import dev.sextant.engine.regime.RegimeBreakdown;
import java.time.Instant;

/**
 * A saved backtest's split by market regime ({@code by_regime}), as stored with the run: one row of
 * the regime panel's strategy × regime heatmap.
 *
 * @param symbols how many symbols the run traded
 */
public record RegimeSplit(long runId, String strategy, int symbols, Instant finishedAt, RegimeBreakdown byRegime) {
}
