package dev.sextant.engine.regime.split;

import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.BacktestRunRepository;
import dev.sextant.engine.regime.RegimeBreakdown;
import java.time.Instant;
import java.util.Optional;

/** Port: saved backtest runs together with their split by regime ({@code by_regime}), stored with the run. */
public interface RegimeSplitRepository extends BacktestRunRepository {

    /** Saves a run with its split by regime ({@code byRegime} null when none was computed); returns its id. */
    long save(BacktestResult result, RegimeBreakdown byRegime, Instant startedAt, Instant finishedAt);

    /** The split by regime stored with run {@code id}, if any. */
    Optional<RegimeBreakdown> byRegime(long id);
}
