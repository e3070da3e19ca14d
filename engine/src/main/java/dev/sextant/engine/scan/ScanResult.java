package dev.sextant.engine.scan;

import dev.sextant.engine.spi.Signal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Signals sorted by rank score descending then symbol; near triggers by distance ascending then
 * symbol; momentum by rank. {@code filters}: the verdict of each entry filter on the date;
 * {@code blockedSignals}: the entry signals they removed (none when all are open).
 */
public record ScanResult(LocalDate date, List<Signal> signals, List<NearTrigger> approaching, List<MomentumRank> momentum,
        List<GateVerdict> filters, int blockedSignals) {

    public ScanResult {
        filters = List.copyOf(filters);
    }

    /**
     * One line when a filter is closed, e.g. {@code market filter: SPY below SMA 200, 0 entries}
     * (closed filters joined by "; "); empty when every filter is open.
     */
    public Optional<String> blockedMessage() {
        List<String> closed = filters.stream().filter(f -> !f.open()).map(f -> f.name() + ": " + f.closedBecause()).toList();
        if (closed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join("; ", closed) + ", " + signals.size() + " entries (" + blockedSignals
                + " signals blocked)");
    }
}
