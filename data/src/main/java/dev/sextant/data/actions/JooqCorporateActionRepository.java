package dev.sextant.data.actions;

import static dev.sextant.data.jooq.Tables.CORPORATE_ACTION;
import static dev.sextant.data.jooq.Tables.INSTRUMENT;

import dev.sextant.engine.market.CorporateAction;
import dev.sextant.engine.market.CorporateActionSource;
import java.util.List;
import java.util.Map;
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

    /** The recorded actions of each of {@code symbols}, in one query. */
    @Override
    public List<List<CorporateAction>> actionsOf(List<String> symbols) {
        Map<String, List<CorporateAction>> bySymbol = dsl.select(INSTRUMENT.SYMBOL, CORPORATE_ACTION.EX_DATE,
                        CORPORATE_ACTION.ACTION_TYPE, CORPORATE_ACTION.AMOUNT)
                .from(CORPORATE_ACTION).join(INSTRUMENT).on(INSTRUMENT.ID.eq(CORPORATE_ACTION.INSTRUMENT_ID))
                .where(INSTRUMENT.SYMBOL.in(symbols))
                .orderBy(INSTRUMENT.SYMBOL, CORPORATE_ACTION.EX_DATE, CORPORATE_ACTION.ACTION_TYPE)
                .fetchGroups(r -> r.value1(),
                        r -> new CorporateAction(r.value2(), CorporateAction.Type.ofCode(r.value3()), r.value4()));
        return symbols.stream().map(s -> bySymbol.getOrDefault(s, List.of())).toList();
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
