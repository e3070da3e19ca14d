package dev.sextant.engine.market.update;

import java.util.List;

/**
 * What {@code data update} did.
 *
 * @param offlineNotice the one notice that the network is unreachable, or empty
 */
public record UpdateReport(String provider, String timeframe, List<SymbolUpdate> symbols, String offlineNotice,
                           boolean cancelled, long elapsedMillis) {

    public UpdateReport {
        symbols = List.copyOf(symbols);
    }

    public long count(UpdateStatus status) {
        return symbols.stream().filter(s -> s.status() == status).count();
    }

    /** True when no symbol could be brought up to date (every one failed or was skipped). */
    public boolean nothingUpdated() {
        return count(UpdateStatus.UPDATED) + count(UpdateStatus.UP_TO_DATE) == 0 && !symbols.isEmpty();
    }
}
