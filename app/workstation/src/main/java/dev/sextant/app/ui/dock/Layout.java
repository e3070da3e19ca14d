package dev.sextant.app.ui.dock;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** A docking layout: the tree of the main window. {@link #VERSION} is the file format's version. */
public record Layout(LayoutNode root) {

    public static final int VERSION = 1;

    /** The panel ids in the layout, in tree order. */
    public List<String> panels() {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(LayoutNode node, List<String> out) {
        switch (node) {
            case LayoutNode.Tabs t -> out.addAll(t.panels());
            case LayoutNode.Split s -> s.children().forEach(c -> collect(c, out));
        }
    }

    /** This layout without the panels {@code keep} rejects; empty groups and splits vanish. Null when nothing is left. */
    public Layout retain(Predicate<String> keep) {
        LayoutNode pruned = prune(root, keep);
        return pruned == null ? null : new Layout(pruned);
    }

    private static LayoutNode prune(LayoutNode node, Predicate<String> keep) {
        return switch (node) {
            case LayoutNode.Tabs t -> {
                List<String> kept = t.panels().stream().filter(keep).distinct().toList();
                yield kept.isEmpty() ? null : new LayoutNode.Tabs(kept, t.selected());
            }
            case LayoutNode.Split s -> {
                List<LayoutNode> kids = new ArrayList<>();
                List<Double> dividers = new ArrayList<>();
                for (int i = 0; i < s.children().size(); i++) {
                    LayoutNode kid = prune(s.children().get(i), keep);
                    if (kid != null) {
                        if (!kids.isEmpty()) {
                            dividers.add(s.dividers().get(i - 1));
                        }
                        kids.add(kid);
                    }
                }
                if (kids.isEmpty()) {
                    yield null;
                }
                yield kids.size() == 1 ? kids.getFirst() : new LayoutNode.Split(s.horizontal(), dividers, kids);
            }
        };
    }

    /** Whether every panel id appears at most once. */
    public boolean hasUniquePanels() {
        List<String> all = panels();
        return Set.copyOf(all).size() == all.size();
    }
}
