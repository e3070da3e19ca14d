package dev.sextant.app.ui.dock;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.layout.Region;
import software.coley.bentofx.Bento;
import software.coley.bentofx.dockable.Dockable;
import software.coley.bentofx.layout.DockContainer;
import software.coley.bentofx.layout.container.DockContainerBranch;
import software.coley.bentofx.layout.container.DockContainerLeaf;
import software.coley.bentofx.layout.container.DockContainerRootBranch;
import software.coley.bentofx.path.DockablePath;

/**
 * Docking as a service over bento-fx: builds the dock tree of a {@link Layout} with panels created
 * by id from the {@link PanelRegistry}, reads the current tree back into a {@link Layout}, and
 * opens or focuses a panel by id. Panels dragged out into their own window come back docked at
 * their default place when the layout is captured.
 */
public final class DockingView {

    /** The chart cannot be closed, so there is always a place to open panels next to. */
    public static final String CHART = "chart";

    private final Bento bento = new Bento();
    private final PanelRegistry registry;
    private final PanelContext context;
    private final DockContainerRootBranch root;

    public DockingView(PanelRegistry registry, PanelContext context) {
        this.registry = registry;
        this.context = context;
        this.root = bento.dockBuilding().root("main");
        root.setPruneWhenEmpty(false);
    }

    /** The node to put in the window. */
    public Region node() {
        return root;
    }

    public Bento bento() {
        return bento;
    }

    /** Replaces the whole dock tree by {@code layout}. */
    public void apply(Layout layout) {
        closeFloatingWindows();
        List.copyOf(root.getChildContainers()).forEach(root::removeContainer);
        if (layout.root() instanceof LayoutNode.Split split) {
            root.setOrientation(split.horizontal() ? Orientation.HORIZONTAL : Orientation.VERTICAL);
            split.children().forEach(c -> root.addContainer(build(c)));
            setDividers(root, split.dividers());
        } else {
            root.addContainer(build(layout.root()));
        }
    }

    private void closeFloatingWindows() {
        for (DockContainerRootBranch other : List.copyOf(bento.getRootContainers())) {
            if (other != root && other.getScene() != null && other.getScene().getWindow() != null) {
                other.getScene().getWindow().hide();
            }
        }
    }

    private DockContainer build(LayoutNode node) {
        return switch (node) {
            case LayoutNode.Tabs tabs -> {
                DockContainerLeaf leaf = newLeaf();
                for (String id : tabs.panels()) {
                    leaf.addDockable(dockable(registry.find(id).orElseThrow()));
                }
                leaf.getDockables().stream().filter(d -> d.getIdentifier().equals(tabs.selected()))
                        .findFirst().ifPresent(leaf::selectDockable);
                yield leaf;
            }
            case LayoutNode.Split split -> {
                DockContainerBranch branch = bento.dockBuilding().branch();
                branch.setOrientation(split.horizontal() ? Orientation.HORIZONTAL : Orientation.VERTICAL);
                split.children().forEach(c -> branch.addContainer(build(c)));
                setDividers(branch, split.dividers());
                yield branch;
            }
        };
    }

    private static void setDividers(DockContainerBranch branch, List<Double> dividers) {
        branch.setDividerPositions(dividers.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private DockContainerLeaf newLeaf() {
        DockContainerLeaf leaf = bento.dockBuilding().leaf();
        leaf.setSide(Side.TOP);
        leaf.setPruneWhenEmpty(true);
        return leaf;
    }

    private Dockable dockable(PanelProvider provider) {
        Dockable d = bento.dockBuilding().dockable(provider.id());
        d.setTitle(provider.title());
        d.setNode(provider.create(context));
        d.setClosable(!provider.id().equals(CHART));
        return d;
    }

    /** The main window's tree as a layout; panels in floating windows are added at their default place. */
    public Layout capture() {
        LayoutNode tree = root.getChildContainers().size() == 1 ? read(root.getChildContainers().getFirst()) : read(root);
        Layout layout = new Layout(tree);
        List<String> placed = layout.panels();
        for (DockablePath path : bento.search().allDockables()) {
            String id = path.dockable().getIdentifier();
            if (!placed.contains(id) && registry.find(id).isPresent()) {
                layout = DefaultPlacement.add(layout, id, this::locationOf);
            }
        }
        return layout;
    }

    private PanelLocation locationOf(String id) {
        return registry.find(id).map(PanelProvider::defaultLocation).orElse(PanelLocation.CENTER);
    }

    private LayoutNode read(DockContainer container) {
        if (container instanceof DockContainerLeaf leaf) {
            List<String> ids = leaf.getDockables().stream().map(Dockable::getIdentifier).toList();
            Dockable selected = leaf.getSelectedDockable();
            return new LayoutNode.Tabs(ids, selected == null ? null : selected.getIdentifier());
        }
        DockContainerBranch branch = (DockContainerBranch) container;
        List<LayoutNode> kids = new ArrayList<>();
        List<Double> dividers = new ArrayList<>();
        double[] positions = branch.getDividerPositions();
        List<DockContainer> children = branch.getChildContainers();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).getDockables().isEmpty()) {
                continue;
            }
            if (!kids.isEmpty()) {
                dividers.add(positions[i - 1]);
            }
            kids.add(read(children.get(i)));
        }
        if (kids.size() == 1) {
            return kids.getFirst();
        }
        return new LayoutNode.Split(branch.getOrientation() == Orientation.HORIZONTAL, dividers, kids);
    }

    /**
     * Selects the panel when it is open (anywhere), else opens it next to a panel of the same
     * default location, or next to the chart.
     */
    public void open(String id) {
        PanelProvider provider = registry.find(id).orElseThrow(() -> new IllegalArgumentException("no panel '" + id + "'"));
        Optional<Dockable> open = find(id);
        if (open.isPresent()) {
            open.get().getContainer().selectDockable(open.get());
            return;
        }
        DockContainerLeaf target = registry.all().stream()
                .filter(p -> p.defaultLocation() == provider.defaultLocation())
                .map(p -> leafOf(p.id())).flatMap(Optional::stream).findFirst()
                .or(() -> leafOf(CHART))
                .orElseThrow(() -> new IllegalStateException("no dock area to open " + id + " in"));
        Dockable d = dockable(provider);
        target.addDockable(d);
        target.selectDockable(d);
    }

    public Optional<Dockable> find(String id) {
        return Optional.ofNullable(bento.search().dockable(id)).map(DockablePath::dockable);
    }

    /** Where {@code id} is now: the leaf holding it, or empty when it is closed. */
    public Optional<DockContainerLeaf> leafOf(String id) {
        return find(id).map(Dockable::getContainer);
    }
}
