package dev.sextant.app.ui.dock;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A docking layout: the tree of the main window and the windows panels were dragged out into.
 * {@link #VERSION} is the file format's version (1 had no floating windows).
 */
public record Layout(LayoutNode root, List<FloatingWindow> floating) {

    public static final int VERSION = 2;

    public Layout {
        floating = List.copyOf(floating);
    }

    /** A layout with every panel in the main window. */
    public Layout(LayoutNode root) {
        this(root, List.of());
    }

    /** This layout with {@code tree} as the main window's tree. */
    public Layout withRoot(LayoutNode tree) {
        return new Layout(tree, floating);
    }

    /** The panel ids in the layout: the main window's in tree order, then each floating window's. */
    public List<String> panels() {
        List<String> out = new ArrayList<>();
        collect(root, out);
        floating.forEach(w -> collect(w.root(), out));
        return out;
    }

    private static void collect(LayoutNode node, List<String> out) {
        switch (node) {
            case LayoutNode.Tabs t -> out.addAll(t.panels());
            case LayoutNode.Split s -> s.children().forEach(c -> collect(c, out));
        }
    }

    /**
     * This layout without the panels {@code keep} rejects; empty groups, splits and floating windows
     * vanish. Null when nothing is left in the main window.
     */
    public Layout retain(Predicate<String> keep) {
        LayoutNode pruned = prune(root, keep);
        if (pruned == null) {
            return null;
        }
        List<FloatingWindow> windows = new ArrayList<>();
        for (FloatingWindow w : floating) {
            LayoutNode tree = prune(w.root(), keep);
            if (tree != null) {
                windows.add(w.withRoot(tree));
            }
        }
        return new Layout(pruned, windows);
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
