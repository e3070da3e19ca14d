package dev.sextant.app.ui.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The entries of the quick-open box (symbols, panels, actions) and which match a query: entries
 * whose name starts with the query come first, then those containing it; at most {@link #LIMIT}.
 */
public final class QuickOpenModel {

    public static final int LIMIT = 12;

    /** One thing to open or do; {@code kind} is shown before the name (symbol, panel, action). */
    public record Entry(String kind, String name, Runnable action) {
        @Override
        public String toString() {
            return name + "  —  " + kind;
        }
    }

    private final List<Supplier<List<Entry>>> sources = new ArrayList<>();

    public void addSource(Supplier<List<Entry>> source) {
        sources.add(source);
    }

    public List<Entry> matches(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        List<Entry> all = new ArrayList<>();
        sources.forEach(s -> all.addAll(s.get()));
        return all.stream()
                .filter(e -> q.isEmpty() || e.name().toLowerCase(Locale.ROOT).contains(q))
                .sorted(Comparator.comparingInt((Entry e) -> e.name().toLowerCase(Locale.ROOT).startsWith(q) ? 0 : 1)
                        .thenComparingInt(e -> e.name().length())
                        .thenComparing(Entry::name))
                .limit(LIMIT)
                .toList();
    }
}
