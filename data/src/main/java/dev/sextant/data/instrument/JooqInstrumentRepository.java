package dev.sextant.data.instrument;

import static dev.sextant.data.jooq.Tables.INSTRUMENT;

import org.jooq.DSLContext;

/** Instruments by symbol. */
public final class JooqInstrumentRepository {

    private JooqInstrumentRepository() {
    }

    /** The id of {@code symbol}, creating the instrument when it is new. */
    public static long ensure(DSLContext tx, String symbol, boolean synthetic) {
        Long id = tx.select(INSTRUMENT.ID).from(INSTRUMENT).where(INSTRUMENT.SYMBOL.eq(symbol)).fetchOne(INSTRUMENT.ID);
        if (id != null) {
            return id;
        }
        return tx.insertInto(INSTRUMENT, INSTRUMENT.SYMBOL, INSTRUMENT.SYNTHETIC)
                .values(symbol, synthetic)
                .returning(INSTRUMENT.ID)
                .fetchOne(INSTRUMENT.ID);
    }

    public static void describe(DSLContext tx, String symbol, String name, String kind) {
        tx.update(INSTRUMENT).set(INSTRUMENT.NAME, name).set(INSTRUMENT.KIND, kind)
                .where(INSTRUMENT.SYMBOL.eq(symbol)).execute();
    }
}
