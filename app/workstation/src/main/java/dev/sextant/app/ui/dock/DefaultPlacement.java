package dev.sextant.app.ui.dock;

import dev.sextant.app.api.PanelLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Puts a panel that a layout does not hold at its default place: beside a panel of the same location, else at that side. */
public final class DefaultPlacement {

    private DefaultPlacement() {
    }

    public static Layout add(Layout layout, String id, Function<String, PanelLocation> locationOf) {
        if (layout.panels().contains(id)) {
            return layout;
        }
        PanelLocation where = locationOf.apply(id);
        LayoutNode joined = joinGroup(layout.root(), id, where, locationOf);
        if (joined != null) {
            return layout.withRoot(joined);
        }
        LayoutNode alone = new LayoutNode.Tabs(List.of(id), id);
        return layout.withRoot(switch (where) {
            case LEFT -> new LayoutNode.Split(true, List.of(0.2), List.of(alone, layout.root()));
            case BOTTOM -> new LayoutNode.Split(false, List.of(0.75), List.of(layout.root(), alone));
            case CENTER -> new LayoutNode.Split(true, List.of(0.5), List.of(layout.root(), alone));
        });
    }

    /** The tree with {@code id} added to the first tab group holding a panel of location {@code where}; null when none does. */
    private static LayoutNode joinGroup(LayoutNode node, String id, PanelLocation where, Function<String, PanelLocation> locationOf) {
        return switch (node) {
            case LayoutNode.Tabs t -> {
                if (t.panels().stream().noneMatch(p -> locationOf.apply(p) == where)) {
                    yield null;
                }
                List<String> panels = new ArrayList<>(t.panels());
                panels.add(id);
                yield new LayoutNode.Tabs(panels, id);
            }
            case LayoutNode.Split s -> {
                for (int i = 0; i < s.children().size(); i++) {
                    LayoutNode replaced = joinGroup(s.children().get(i), id, where, locationOf);
                    if (replaced != null) {
                        List<LayoutNode> kids = new ArrayList<>(s.children());
                        kids.set(i, replaced);
                        yield new LayoutNode.Split(s.horizontal(), s.dividers(), kids);
                    }
                }
                yield null;
            }
        };
    }
}
