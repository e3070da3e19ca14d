package dev.sextant.data.universe;

import static dev.sextant.data.jooq.Tables.INSTRUMENT;
import static dev.sextant.data.jooq.Tables.UNIVERSE;
import static dev.sextant.data.jooq.Tables.UNIVERSE_MEMBER;

import dev.sextant.data.instrument.JooqInstrumentRepository;
import dev.sextant.engine.market.UniverseMember;
import dev.sextant.engine.market.UniverseRepository;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * Named universes in H2, and the bundled lists ({@link BundledUniverses}) that are not stored yet,
 * answered from their files: they work offline from the first start, before a {@code data update}
 * stores them.
 */
public final class JooqUniverseRepository implements UniverseRepository {

    private final DSLContext dsl;

    public JooqUniverseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<String> members(String name) {
        if (ALL.equalsIgnoreCase(name)) {
            return dsl.select(INSTRUMENT.SYMBOL).from(INSTRUMENT).orderBy(INSTRUMENT.SYMBOL).fetch(INSTRUMENT.SYMBOL);
        }
        Long id = dsl.select(UNIVERSE.ID).from(UNIVERSE).where(UNIVERSE.NAME.eq(name)).fetchOne(UNIVERSE.ID);
        if (id == null) {
            return BundledUniverses.find(name)
                    .map(b -> BundledUniverses.members(b).stream().map(UniverseMember::symbol).sorted().toList())
                    .orElseThrow(() -> new IllegalArgumentException("unknown universe '" + name + "' (known: " + names()
                            + ", and 'all')"));
        }
        return dsl.select(INSTRUMENT.SYMBOL).from(UNIVERSE_MEMBER)
                .join(INSTRUMENT).on(INSTRUMENT.ID.eq(UNIVERSE_MEMBER.INSTRUMENT_ID))
                .where(UNIVERSE_MEMBER.UNIVERSE_ID.eq(id))
                .orderBy(INSTRUMENT.SYMBOL)
                .fetch(INSTRUMENT.SYMBOL);
    }

    /** The stored universes and the bundled lists, stored or not, sorted. */
    @Override
    public List<String> names() {
        Set<String> names = new TreeSet<>(dsl.select(UNIVERSE.NAME).from(UNIVERSE).fetch(UNIVERSE.NAME));
        BundledUniverses.all().forEach(b -> names.add(b.name()));
        return List.copyOf(names);
    }

    /**
     * Adds {@code symbols} to the universe {@code name}, creating it when new, inside the caller's
     * transaction. Existing members stay.
     */
    public static void addMembers(DSLContext tx, String name, String description, Collection<String> symbols) {
        if (ALL.equalsIgnoreCase(name)) {
            return; // 'all' is every instrument by definition; nothing to record
        }
        Long id = tx.select(UNIVERSE.ID).from(UNIVERSE).where(UNIVERSE.NAME.eq(name)).fetchOne(UNIVERSE.ID);
        if (id == null) {
            id = tx.insertInto(UNIVERSE, UNIVERSE.NAME, UNIVERSE.DESCRIPTION).values(name, description)
                    .returning(UNIVERSE.ID).fetchOne(UNIVERSE.ID);
        }
        for (String symbol : symbols) {
            long instrumentId = JooqInstrumentRepository.ensure(tx, symbol, false);
            tx.mergeInto(UNIVERSE_MEMBER)
                    .using(tx.selectOne())
                    .on(UNIVERSE_MEMBER.UNIVERSE_ID.eq(id).and(UNIVERSE_MEMBER.INSTRUMENT_ID.eq(instrumentId)))
                    .whenNotMatchedThenInsert(UNIVERSE_MEMBER.UNIVERSE_ID, UNIVERSE_MEMBER.INSTRUMENT_ID)
                    .values(id, instrumentId)
                    .execute();
        }
    }
}
