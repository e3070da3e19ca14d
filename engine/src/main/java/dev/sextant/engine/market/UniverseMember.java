package dev.sextant.engine.market;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One symbol's membership of a named universe.
 *
 * @param from the first day of membership, inclusive; {@code null} when unknown or since always
 * @param to   the last day of membership, inclusive; {@code null} when still a member or unknown
 * @param sector the member's sector (e.g. {@code Information Technology}), {@code null} when unknown
 */
public record UniverseMember(String symbol, LocalDate from, LocalDate to, String sector) {

    /** A member whose sector is not known. */
    public UniverseMember(String symbol, LocalDate from, LocalDate to) {
        this(symbol, from, to, null);
    }

    public UniverseMember {
        Objects.requireNonNull(symbol, "symbol");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(symbol + ": membership ends " + to + " before it starts " + from);
        }
    }

    /** Whether the symbol belonged to the universe on {@code date}; unknown bounds count as open. */
    public boolean isMemberOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
