package dev.sextant.data.universe;

import static dev.sextant.data.jooq.Tables.INSTRUMENT;
import static dev.sextant.data.jooq.Tables.UNIVERSE;
import static dev.sextant.data.jooq.Tables.UNIVERSE_MEMBER;

import dev.sextant.data.instrument.JooqInstrumentRepository;
import dev.sextant.engine.market.MembershipRepository;
import dev.sextant.engine.market.MembershipRepository.Listing;
import dev.sextant.engine.market.UniverseMember;
import dev.sextant.engine.market.UniverseRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * Universes with membership dates in H2. A bundled list ({@link BundledUniverses}) that is not
 * stored yet is answered from the bundled file, and {@link #install} stores it.
 */
public final class JooqMembershipRepository implements MembershipRepository {

    /** One universe for listings: where it comes from and how many members it has. */

    private static final String ALL_NAME = UniverseRepository.ALL;

    private final DSLContext dsl;

    public JooqMembershipRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<UniverseMember> memberships(String name) {
        Optional<Long> id = idOf(dsl, name);
        if (id.isPresent()) {
            return dsl.select(INSTRUMENT.SYMBOL, UNIVERSE_MEMBER.MEMBER_FROM, UNIVERSE_MEMBER.MEMBER_TO, UNIVERSE_MEMBER.SECTOR)
                    .from(UNIVERSE_MEMBER).join(INSTRUMENT).on(INSTRUMENT.ID.eq(UNIVERSE_MEMBER.INSTRUMENT_ID))
                    .where(UNIVERSE_MEMBER.UNIVERSE_ID.eq(id.get()))
                    .orderBy(INSTRUMENT.SYMBOL)
                    .fetch(r -> new UniverseMember(r.value1(), r.value2(), r.value3(), r.value4()));
        }
        return BundledUniverses.find(name).map(BundledUniverses::members)
                .orElseThrow(() -> new IllegalArgumentException("unknown universe '" + name + "' (known: "
                        + listings().stream().map(Listing::name).toList() + ")"));
    }

    /** Stored universes and the bundled lists not stored yet, by name. */
    public List<Listing> listings() {
        List<Listing> result = new ArrayList<>(dsl.select(UNIVERSE.NAME, UNIVERSE.DESCRIPTION, UNIVERSE_MEMBER.INSTRUMENT_ID.count())
                .from(UNIVERSE).leftJoin(UNIVERSE_MEMBER).on(UNIVERSE_MEMBER.UNIVERSE_ID.eq(UNIVERSE.ID))
                .groupBy(UNIVERSE.NAME, UNIVERSE.DESCRIPTION)
                .fetch(r -> new Listing(r.value1(), r.value2() == null ? "" : r.value2(), r.value3(), true)));
        for (BundledUniverses.Bundled b : BundledUniverses.all()) {
            if (result.stream().noneMatch(l -> l.name().equals(b.name()))) {
                result.add(new Listing(b.name(), b.description() + " (bundled, not installed yet)",
                        BundledUniverses.members(b).size(), false));
            }
        }
        result.sort(Comparator.comparing(Listing::name));
        return result;
    }

    /**
     * Replaces the members of universe {@code name} (creating it) in one transaction; the
     * instruments are created when new.
     */
    public void replace(String name, String description, List<UniverseMember> members) {
        if (ALL_NAME.equalsIgnoreCase(name)) {
            throw new IllegalArgumentException("'" + ALL_NAME + "' means every instrument and cannot be replaced");
        }
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            long id = idOf(tx, name).orElseGet(() -> tx.insertInto(UNIVERSE, UNIVERSE.NAME, UNIVERSE.DESCRIPTION)
                    .values(name, description).returning(UNIVERSE.ID).fetchOne(UNIVERSE.ID));
            tx.update(UNIVERSE).set(UNIVERSE.DESCRIPTION, description).where(UNIVERSE.ID.eq(id)).execute();
            tx.deleteFrom(UNIVERSE_MEMBER).where(UNIVERSE_MEMBER.UNIVERSE_ID.eq(id)).execute();
            for (UniverseMember m : members) {
                long instrument = JooqInstrumentRepository.ensure(tx, m.symbol(), false);
                tx.insertInto(UNIVERSE_MEMBER, UNIVERSE_MEMBER.UNIVERSE_ID, UNIVERSE_MEMBER.INSTRUMENT_ID,
                                UNIVERSE_MEMBER.MEMBER_FROM, UNIVERSE_MEMBER.MEMBER_TO, UNIVERSE_MEMBER.SECTOR)
                        .values(id, instrument, m.from(), m.to(), m.sector())
                        .execute();
            }
        });
    }

    @Override
    public Map<String, String> sectors(Collection<String> symbols) {
        Map<String, String> out = new TreeMap<>();
        dsl.selectDistinct(INSTRUMENT.SYMBOL, UNIVERSE_MEMBER.SECTOR)
                .from(UNIVERSE_MEMBER).join(INSTRUMENT).on(INSTRUMENT.ID.eq(UNIVERSE_MEMBER.INSTRUMENT_ID))
                .where(UNIVERSE_MEMBER.SECTOR.isNotNull()).and(INSTRUMENT.SYMBOL.in(symbols))
                .orderBy(INSTRUMENT.SYMBOL, UNIVERSE_MEMBER.SECTOR)
                .forEach(r -> {
                    String before = out.putIfAbsent(r.value1(), r.value2());
                    if (before != null) {
                        throw new IllegalArgumentException(r.value1() + " has two sectors in the stored universes: '"
                                + before + "' and '" + r.value2() + "'");
                    }
                });
        return out;
    }

    /** Stores a bundled list that is not stored yet; a stored universe of that name is left as it is. */
    public void installIfBundled(String name) {
        Optional<BundledUniverses.Bundled> bundled = BundledUniverses.find(name);
        if (bundled.isPresent() && idOf(dsl, name).isEmpty()) {
            replace(name, bundled.get().description(), BundledUniverses.members(bundled.get()));
        }
    }

    private static Optional<Long> idOf(DSLContext ctx, String name) {
        return Optional.ofNullable(ctx.select(UNIVERSE.ID).from(UNIVERSE).where(UNIVERSE.NAME.eq(name)).fetchOne(UNIVERSE.ID));
    }
}
