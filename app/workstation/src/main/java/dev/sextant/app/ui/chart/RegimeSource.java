package dev.sextant.app.ui.chart;

import dev.sextant.app.research.BacktestRegimes;
import java.util.Optional;

/** Where the chart's regime shading comes from. */
@FunctionalInterface
public interface RegimeSource {

    /** No regimes: the shading says so. */
    RegimeSource NONE = Optional::empty;

    /**
     * Each classified day's market regime and the index it came from; empty when no index is
     * stored. Called on a background job.
     */
    Optional<BacktestRegimes.Classified> classify();
}
