package dev.sextant.data.actions;

import static dev.sextant.data.jooq.Tables.CORPORATE_ACTION;
import static dev.sextant.data.jooq.Tables.INSTRUMENT;

import dev.sextant.engine.market.CorporateAction;
import dev.sextant.engine.market.CorporateActionSource;
import java.util.List;
import org.jooq.DSLContext;

/** Splits and dividends in the {@code corporate_action} table, one row per instrument, ex-date and type. */
public final class JooqCorporateActionRepository implements CorporateActionSource {

    private final DSLContext dsl;

    public JooqCorporateActionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The recorded actions of {@code symbol}, by ex-date then type. */
    @Override
    public List<CorporateAction> actions(String symbol) {
        return dsl.select(CORPORATE_ACTION.EX_DATE, CORPORATE_ACTION.ACTION_TYPE, CORPORATE_ACTION.AMOUNT)
                .from(CORPORATE_ACTION).join(INSTRUMENT).on(INSTRUMENT.ID.eq(CORPORATE_ACTION.INSTRUMENT_ID))
                .where(INSTRUMENT.SYMBOL.eq(symbol))
                .orderBy(CORPORATE_ACTION.EX_DATE, CORPORATE_ACTION.ACTION_TYPE)
                .fetch(r -> new CorporateAction(r.value1(), CorporateAction.Type.ofCode(r.value2()), r.value3()));
    }

    /** Records {@code actions} inside the caller's transaction; an action already recorded gets the new amount. */
    public static void record(DSLContext tx, long instrumentId, List<CorporateAction> actions) {
        for (CorporateAction a : actions) {
            tx.mergeInto(CORPORATE_ACTION)
                    .using(tx.selectOne())
                    .on(CORPORATE_ACTION.INSTRUMENT_ID.eq(instrumentId).and(CORPORATE_ACTION.EX_DATE.eq(a.exDate()))
                            .and(CORPORATE_ACTION.ACTION_TYPE.eq(a.type().code())))
                    .whenMatchedThenUpdate()
                    .set(CORPORATE_ACTION.AMOUNT, a.amount())
                    .whenNotMatchedThenInsert(CORPORATE_ACTION.INSTRUMENT_ID, CORPORATE_ACTION.EX_DATE,
                            CORPORATE_ACTION.ACTION_TYPE, CORPORATE_ACTION.AMOUNT)
                    .values(instrumentId, a.exDate(), a.type().code(), a.amount())
                    .execute();
        }
    }
}
