package dev.sextant.engine.regime;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Port: stored classifications of an index into regimes (each day's {@link MarketRegime}), one per
 * {@link RegimeClassificationKey}, computed once and reused by the split of backtests by regime.
 */
public interface RegimeClassificationRepository {

    /** The classification stored under {@code key}, ascending by day; empty when none is. */
    Optional<SortedMap<LocalDate, MarketRegime>> load(RegimeClassificationKey key);

    /** Stores {@code byDate} under {@code key} in one transaction, replacing what was stored under it. */
    void save(RegimeClassificationKey key, SortedMap<LocalDate, MarketRegime> byDate);
}
