package dev.sextant.engine.market;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: universes with membership dates, so that a backtest can ask who was a member on a given
 * day instead of using today's list for all of history (survivorship bias).
 */
public interface MembershipRepository {

    /** Every membership of the universe, sorted by symbol. Fails with a clear message for an unknown name. */
    List<UniverseMember> memberships(String name);

    /** Symbols that were members on {@code date} (unknown bounds count as open), sorted. */
    default List<String> members(String name, LocalDate date) {
        return memberships(name).stream().filter(m -> m.isMemberOn(date)).map(UniverseMember::symbol).toList();
    }

    /**
     * The sector of each of {@code symbols} that a stored universe gives one, by symbol; symbols without one are left
     * out.
     *
     * @throws IllegalArgumentException when two universes give a symbol different sectors
     */
    java.util.Map<String, String> sectors(java.util.Collection<String> symbols);

    /** A universe as listed: stored, or bundled and not yet installed. */
    record Listing(String name, String description, int members, boolean stored) {
    }

    /** The stored and the bundled universes, by name. */
    List<Listing> listings();

    /** Replaces (or creates) universe {@code name} with these members, atomically. */
    void replace(String name, String description, List<UniverseMember> members);

    /** Stores the bundled universe {@code name} if it is bundled and not stored yet. */
    void installIfBundled(String name);
}
