package dev.sextant.engine.scan;

import dev.sextant.engine.spi.Signal;

import java.time.LocalDate;
import java.util.List;

/**
 * Signals sorted by rank score descending then symbol; near triggers by distance ascending then
 * symbol; momentum by rank.
 */
public record ScanResult(LocalDate date, List<Signal> signals, List<NearTrigger> approaching, List<MomentumRank> momentum) {
}
