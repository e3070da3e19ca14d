package dev.sextant.engine.watchlist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A named list of symbols in the user's order. Names are 1..100 characters without control characters; symbols are
 * upper-cased, 1..32 characters without spaces, each at most once. The {@code with*} methods return the edited list.
 */
public record Watchlist(String name, List<String> symbols) {

    public static final int MAX_NAME = 100;
    public static final int MAX_SYMBOL = 32;

    public Watchlist {
        name = checkName(name);
        List<String> checked = new ArrayList<>(symbols.size());
        Set<String> seen = new LinkedHashSet<>();
        for (String s : symbols) {
            String symbol = checkSymbol(s);
            if (!seen.add(symbol)) {
                throw new IllegalArgumentException("symbol '" + symbol + "' is twice in watchlist '" + name + "'");
            }
            checked.add(symbol);
        }
        symbols = List.copyOf(checked);
    }

    /** The name stripped of surrounding blanks. @throws IllegalArgumentException naming the bad value */
    public static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("watchlist name '" + name + "' must be 1 to " + MAX_NAME
                    + " characters without control characters");
        }
        return n;
    }

    /** The symbol stripped and upper-cased. @throws IllegalArgumentException naming the bad value */
    public static String checkSymbol(String symbol) {
        String s = symbol == null ? "" : symbol.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty() || s.length() > MAX_SYMBOL || s.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("symbol '" + symbol + "' must be 1 to " + MAX_SYMBOL + " characters without spaces");
        }
        return s;
    }

    public Watchlist renamed(String newName) {
        return new Watchlist(newName, symbols);
    }

    /** The list with those of {@code added} it does not hold yet appended, in their order. */
    public Watchlist withAdded(List<String> added) {
        Set<String> all = new LinkedHashSet<>(symbols);
        added.forEach(s -> all.add(checkSymbol(s)));
        return new Watchlist(name, List.copyOf(all));
    }

    /** The list without {@code removed}; symbols it does not hold are ignored. */
    public Watchlist withRemoved(List<String> removed) {
        Set<String> gone = new LinkedHashSet<>();
        removed.forEach(s -> gone.add(checkSymbol(s)));
        return new Watchlist(name, symbols.stream().filter(s -> !gone.contains(s)).toList());
    }

    /**
     * The list with {@code symbol} moved to {@code index} of the result (0 = first; an index past the end means last).
     *
     * @throws IllegalArgumentException when the list does not hold the symbol or the index is negative
     */
    public Watchlist withMoved(String symbol, int index) {
        String s = checkSymbol(symbol);
        if (!symbols.contains(s)) {
            throw new IllegalArgumentException("watchlist '" + name + "' has no symbol '" + s + "'");
        }
        if (index < 0) {
            throw new IllegalArgumentException("index " + index + " must not be negative");
        }
        List<String> moved = new ArrayList<>(symbols);
        moved.remove(s);
        moved.add(Math.min(index, moved.size()), s);
        return new Watchlist(name, moved);
    }
}
