package dev.sextant.data.bars;

import dev.sextant.data.instrument.JooqInstrumentRepository;
import dev.sextant.engine.live.LiveBarStore;
import dev.sextant.engine.market.PriceColumns;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The live session's store: a batch of 1m series merged into the stored ones through {@link JooqBarRepository#upsert}
 * (the import's path) in one transaction, creating instruments it does not know. A failure rolls the whole batch back.
 */
public final class JooqLiveBarStore implements LiveBarStore {

    private final DSLContext dsl;
    private final JooqBarRepository bars;

    public JooqLiveBarStore(DSLContext dsl, JooqBarRepository bars) {
        this.dsl = dsl;
        this.bars = bars;
    }

    @Override
    public void write(List<PriceColumns> batch) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (PriceColumns series : batch) {
                bars.upsert(tx, JooqInstrumentRepository.ensure(tx, series.symbol(), false), series);
            }
        });
    }
}
