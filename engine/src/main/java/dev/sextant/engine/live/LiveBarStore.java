package dev.sextant.engine.live;

import dev.sextant.engine.market.PriceColumns;
import java.util.List;

/**
 * Port to the bar store: writes a batch of one-minute series in ONE transaction, replacing stored bars at the same
 * symbol and time (an upsert), so that writing a batch again after a failure neither loses nor doubles a bar.
 */
@FunctionalInterface
public interface LiveBarStore {

    /** @throws RuntimeException when the transaction failed and was rolled back (nothing of the batch is stored) */
    void write(List<PriceColumns> batch);
}
