package dev.sextant.engine.live;

/**
 * Counters of a {@link LiveSession}.
 *
 * @param received         bars delivered by the stream
 * @param duplicates       exact repeats of a bar already received (same symbol, start and values), dropped
 * @param corrections      bars that replaced a not yet final bar of the same symbol and start
 * @param late             bars for a minute already final (a late correction or a late first delivery): stored,
 *                         but crosses and paper fills keep what was decided on the bar they had
 * @param finalBars        bars made final and passed on to crosses, paper and the store
 * @param stored           bars written to the store (counting a late bar once more)
 * @param pendingStore     bars waiting for the store
 * @param storeFailures    store transactions that failed and were rolled back (their bars are retried)
 * @param crosses          crosses fired
 * @param fills            paper fills
 * @param coalesced        bar and paper events replaced by newer ones for listeners that were behind
 */
public record LiveStats(long received, long duplicates, long corrections, long late, long finalBars, long stored,
        long pendingStore, long storeFailures, long crosses, long fills, long coalesced) {
}
