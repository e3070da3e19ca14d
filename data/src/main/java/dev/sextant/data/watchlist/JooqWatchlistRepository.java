package dev.sextant.data.watchlist;

import static dev.sextant.data.jooq.Tables.WATCHLIST;
import static dev.sextant.data.jooq.Tables.WATCHLIST_SYMBOL;

import dev.sextant.engine.watchlist.Watchlist;
import dev.sextant.engine.watchlist.WatchlistRepository;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;

/** Watchlists in H2 (tables {@code watchlist} and {@code watchlist_symbol}, migration V8); each write is one transaction. */
public final class JooqWatchlistRepository implements WatchlistRepository {

    private final DSLContext dsl;

    public JooqWatchlistRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Watchlist> list() {
        Map<Long, List<String>> symbols = dsl.select(WATCHLIST_SYMBOL.WATCHLIST_ID, WATCHLIST_SYMBOL.SYMBOL)
                .from(WATCHLIST_SYMBOL)
                .orderBy(WATCHLIST_SYMBOL.WATCHLIST_ID, WATCHLIST_SYMBOL.POSITION)
                .fetchGroups(WATCHLIST_SYMBOL.WATCHLIST_ID, WATCHLIST_SYMBOL.SYMBOL);
        return dsl.select(WATCHLIST.ID, WATCHLIST.NAME).from(WATCHLIST).orderBy(WATCHLIST.NAME).fetch().stream()
                .map(r -> new Watchlist(r.value2(), symbols.getOrDefault(r.value1(), List.of())))
                .toList();
    }

    @Override
    public Optional<Watchlist> find(String name) {
        return find(dsl, name);
    }

    private static Optional<Watchlist> find(DSLContext ctx, String name) {
        Long id = ctx.select(WATCHLIST.ID).from(WATCHLIST).where(WATCHLIST.NAME.eq(name)).fetchOne(WATCHLIST.ID);
        if (id == null) {
            return Optional.empty();
        }
        List<String> symbols = ctx.select(WATCHLIST_SYMBOL.SYMBOL).from(WATCHLIST_SYMBOL)
                .where(WATCHLIST_SYMBOL.WATCHLIST_ID.eq(id)).orderBy(WATCHLIST_SYMBOL.POSITION)
                .fetch(WATCHLIST_SYMBOL.SYMBOL);
        return Optional.of(new Watchlist(name, symbols));
    }

    @Override
    public void create(Watchlist watchlist) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(WATCHLIST, WATCHLIST.NAME.eq(watchlist.name()))) {
                throw new IllegalArgumentException("watchlist '" + watchlist.name() + "' already exists");
            }
            long id = tx.insertInto(WATCHLIST, WATCHLIST.NAME).values(watchlist.name())
                    .returning(WATCHLIST.ID).fetchOne(WATCHLIST.ID);
            writeSymbols(tx, id, watchlist.symbols());
        });
    }

    @Override
    public Watchlist edit(String name, UnaryOperator<Watchlist> edit) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Long id = tx.select(WATCHLIST.ID).from(WATCHLIST).where(WATCHLIST.NAME.eq(name)).forUpdate().fetchOne(WATCHLIST.ID);
            if (id == null) {
                throw noSuch(name);
            }
            Watchlist edited = edit.apply(find(tx, name).orElseThrow());
            if (!edited.name().equals(name) && tx.fetchExists(WATCHLIST, WATCHLIST.NAME.eq(edited.name()))) {
                throw new IllegalArgumentException("watchlist '" + edited.name() + "' already exists");
            }
            tx.update(WATCHLIST).set(WATCHLIST.NAME, edited.name()).set(WATCHLIST.UPDATED_AT, OffsetDateTime.now())
                    .where(WATCHLIST.ID.eq(id)).execute();
            tx.deleteFrom(WATCHLIST_SYMBOL).where(WATCHLIST_SYMBOL.WATCHLIST_ID.eq(id)).execute();
            writeSymbols(tx, id, edited.symbols());
            return edited;
        });
    }

    @Override
    public void delete(String name) {
        if (dsl.deleteFrom(WATCHLIST).where(WATCHLIST.NAME.eq(name)).execute() == 0) {
            throw noSuch(name);
        }
    }

    private static void writeSymbols(DSLContext tx, long id, List<String> symbols) {
        if (symbols.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(WATCHLIST_SYMBOL, WATCHLIST_SYMBOL.WATCHLIST_ID, WATCHLIST_SYMBOL.POSITION,
                WATCHLIST_SYMBOL.SYMBOL);
        for (int i = 0; i < symbols.size(); i++) {
            insert = insert.values(id, i, symbols.get(i));
        }
        insert.execute();
    }

    private static IllegalArgumentException noSuch(String name) {
        return new IllegalArgumentException("no watchlist named '" + name + "'");
    }
}
