package dev.sextant.app.research;

import java.util.List;

/**
 * What to trade or scan: explicit symbols, or a stored universe ({@code all} = every instrument).
 *
 * @param symbols the symbols; empty when {@code universe} is given
 * @param universe a universe name, or null when symbols are given
 */
public record MarketChoice(List<String> symbols, String universe) {

    public MarketChoice {
        symbols = List.copyOf(symbols);
        if (symbols.isEmpty() == (universe == null || universe.isBlank())) {
            throw new IllegalArgumentException("name either symbols or a universe");
        }
    }

    public static MarketChoice ofSymbols(List<String> symbols) {
        return new MarketChoice(symbols, null);
    }

    public static MarketChoice ofUniverse(String universe) {
        return new MarketChoice(List.of(), universe);
    }

    /** "3 symbols" or "universe U", for job titles. */
    public String label() {
        return universe != null ? "universe " + universe : symbols.size() == 1 ? symbols.getFirst() : symbols.size() + " symbols";
    }
}
