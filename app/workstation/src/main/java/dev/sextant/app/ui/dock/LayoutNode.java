package dev.sextant.app.ui.dock;

import java.util.List;

/** A saved docking layout is a tree of splits whose leaves are tab groups of panel ids. */
public sealed interface LayoutNode {

    /** Children side by side ({@code horizontal}) or stacked ({@code vertical}); one divider fewer than children. */
    record Split(boolean horizontal, List<Double> dividers, List<LayoutNode> children) implements LayoutNode {
        public Split {
            dividers = List.copyOf(dividers);
            children = List.copyOf(children);
            if (children.isEmpty()) {
                throw new IllegalArgumentException("a split needs children");
            }
            if (dividers.size() != children.size() - 1) {
                throw new IllegalArgumentException("a split of " + children.size() + " children needs "
                        + (children.size() - 1) + " dividers, has " + dividers.size());
            }
        }
    }

    /** Panels stacked as tabs; {@code selected} is one of them. */
    record Tabs(List<String> panels, String selected) implements LayoutNode {
        public Tabs {
            panels = List.copyOf(panels);
            if (panels.isEmpty()) {
                throw new IllegalArgumentException("a tab group needs panels");
            }
            if (selected == null || !panels.contains(selected)) {
                selected = panels.getFirst();
            }
        }
    }
}
