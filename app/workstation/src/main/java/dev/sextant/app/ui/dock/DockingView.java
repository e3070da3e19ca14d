package dev.sextant.app.ui.dock;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import software.coley.bentofx.control.DragDropStage;
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
 * opens or focuses a panel by id. Windows that panels were dragged out into are part of the layout:
 * their position, size and tree are captured, and {@link #showFloating} opens them again.
 */
public final class DockingView {

    /** The chart cannot be closed, so there is always a place to open panels next to. */
    public static final String CHART = "chart";

    private final Bento bento = new Bento();
    private final PanelRegistry registry;
    private final PanelContext context;
    private final DockContainerRootBranch root;
    private List<FloatingWindow> pendingFloating = List.of();

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

    /**
     * Replaces the whole dock tree by {@code layout}. Its floating windows open now when the main
     * window is showing, else at {@link #showFloating}.
     */
    public void apply(Layout layout) {
        floatingRoots().forEach(r -> r.getScene().getWindow().hide());
        List.copyOf(root.getChildContainers()).forEach(root::removeContainer);
        fill(root, layout.root());
        pendingFloating = layout.floating();
        showFloating();
    }

    private void fill(DockContainerRootBranch target, LayoutNode tree) {
        if (tree instanceof LayoutNode.Split split) {
            target.setOrientation(split.horizontal() ? Orientation.HORIZONTAL : Orientation.VERTICAL);
            split.children().forEach(c -> target.addContainer(build(c)));
            setDividers(target, split.dividers());
        } else {
            target.addContainer(build(tree));
        }
    }

    /** Opens the floating windows of the last applied layout, once the main window is showing. */
    public void showFloating() {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        if (owner == null || !owner.isShowing()) {
            return;
        }
        pendingFloating.forEach(w -> openFloating(w, owner));
        pendingFloating = List.of();
    }

    private void openFloating(FloatingWindow saved, Window owner) {
        DockContainerRootBranch floatingRoot = bento.dockBuilding().root();
        fill(floatingRoot, saved.root());
        Scene main = root.getScene();
        Scene scene = new Scene(floatingRoot, saved.width(), saved.height());
        scene.setUserAgentStylesheet(main.getUserAgentStylesheet());
        scene.getStylesheets().setAll(main.getStylesheets());
        DragDropStage stage = new DragDropStage(true);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setMinWidth(150);
        stage.setMinHeight(100);
        if (owner instanceof Stage ownerStage) {
            stage.getIcons().setAll(ownerStage.getIcons());
            stage.setTitle(ownerStage.getTitle());
        }
        boolean visible = !Screen.getScreensForRectangle(saved.x(), saved.y(), saved.width(), saved.height()).isEmpty();
        stage.setX(visible ? saved.x() : owner.getX() + 60);
        stage.setY(visible ? saved.y() : owner.getY() + 60);
        stage.show();
    }

    /** The roots of the floating windows now showing. */
    private List<DockContainerRootBranch> floatingRoots() {
        return bento.getRootContainers().stream()
                .filter(r -> r != root && r.getScene() != null && r.getScene().getWindow() != null
                        && r.getScene().getWindow().isShowing())
                .toList();
    }

    /** The scenes of the floating windows now showing. */
    public List<Scene> floatingScenes() {
        return floatingRoots().stream().map(DockContainerRootBranch::getScene).toList();
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
        d.setNode(new PanelHolder(() -> provider.create(context)));
        d.setClosable(!provider.id().equals(CHART));
        return d;
    }

    /**
     * The main window's tree and the floating windows as a layout. A panel found in neither (a floating
     * window not yet shown) is added at its default place.
     */
    public Layout capture() {
        List<FloatingWindow> floating = new ArrayList<>();
        for (DockContainerRootBranch r : floatingRoots()) {
            if (!r.getDockables().isEmpty()) {
                Scene scene = r.getScene();
                floating.add(new FloatingWindow(scene.getWindow().getX(), scene.getWindow().getY(),
                        scene.getWidth(), scene.getHeight(), readRoot(r)));
            }
        }
        Layout layout = new Layout(readRoot(root), floating);
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

    private LayoutNode readRoot(DockContainerRootBranch r) {
        return r.getChildContainers().size() == 1 ? read(r.getChildContainers().getFirst()) : read(r);
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
        PanelProvider provider = registry.find(id).orElseThrow(() -> new IllegalArgumentException("no panel '" + id + "'; the panels are "
                + String.join(", ", registry.ids().stream().sorted().toList())));
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

    /** The panel {@code id} when it is open, created now if its tab was not shown yet. */
    public Optional<Node> panel(String id) {
        return find(id).map(d -> d.getNode() instanceof PanelHolder holder ? holder.panel() : d.getNode());
    }

    public Optional<Dockable> find(String id) {
        return Optional.ofNullable(bento.search().dockable(id)).map(DockablePath::dockable);
    }

    /** Where {@code id} is now: the leaf holding it, or empty when it is closed. */
    public Optional<DockContainerLeaf> leafOf(String id) {
        return find(id).map(Dockable::getContainer);
    }
}
