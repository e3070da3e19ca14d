package dev.sextant.app.ui.chart.drawing;

import dev.sextant.engine.drawing.Anchor;
import dev.sextant.engine.drawing.BarTimeScale;
import dev.sextant.engine.drawing.Drawing;
import dev.sextant.engine.drawing.DrawingKind;
import dev.sextant.engine.drawing.DrawingStyle;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import io.fair_acc.chartfx.XYChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The chart's drawing tools: the Draw menu, the hide and list toggles, the drawing layer over the price pane and the
 * input that draws, selects, moves, edits and deletes. Input is taken by event filters on the chart panel, ahead of
 * its pan and zoom filters on the chart area (docs/adr/0015): a press the drawings use is consumed, any other press
 * pans as before.
 * <ul>
 *   <li>With a tool chosen, a press in the price pane places the first anchor; a drag (or a second click) the
 *       second. Shift snaps a point to the nearest open, high, low or close of the bar under it. Esc cancels.</li>
 *   <li>Without a tool, a press within {@link #HIT_PIXELS} of a drawing selects it; dragging a handle moves that
 *       anchor, dragging elsewhere on it moves it whole. A right press opens its menu (edit, delete); Delete deletes
 *       the selected drawing.</li>
 *   <li>Alt+T trend line, Alt+H horizontal, Alt+V vertical, Alt+R rectangle, Alt+F Fibonacci, Alt+N text note, while
 *       the chart panel has the keyboard: taken by a filter on its window, ahead of the menu bar's mnemonics.</li>
 * </ul>
 */
public final class DrawingTools {

    static final double HIT_PIXELS = 6;
    static final double HANDLE_PIXELS = 9;
    /** A press and release closer than this place a two-anchor drawing's first anchor only (click, then click again). */
    static final double CLICK_PIXELS = 4;
    static final Map<KeyCode, DrawingKind> SHORTCUTS = Map.of(KeyCode.T, DrawingKind.TREND_LINE,
            KeyCode.H, DrawingKind.HORIZONTAL_LINE, KeyCode.V, DrawingKind.VERTICAL_LINE, KeyCode.R, DrawingKind.RECTANGLE,
            KeyCode.F, DrawingKind.FIBONACCI, KeyCode.N, DrawingKind.TEXT_NOTE);

    private final DrawingsViewModel vm;
    private final Region panel;
    private final Supplier<PricePlot> charts;
    private final DrawingLayer layer = new DrawingLayer(this::render);
    private final DrawingList list;
    private final InvalidationListener dirty = obs -> layer.requestLayout();
    private final ContextMenu menu = new ContextMenu();
    private XYChart watched;
    private BarTimeScale scale;
    private PriceColumns scaleOf;
    /** The drawing being drawn (key {@link Drawing#NEW}) or moved, shown in place of its stored form. */
    private Drawing preview;
    private boolean awaitingSecondClick;
    private Point2D pressedAt;
    private Drawing pressedOn;
    private int handle;
    private boolean consumeClick;
    private final javafx.event.EventHandler<KeyEvent> shortcuts = this::onShortcut;
    private Window window;

    /**
     * @param panel the chart panel, whose event filters run before those of its chart area
     * @param area the chart area; when the charts it holds change, the layer moves to the new price pane
     * @param charts the charts now shown (null when there is nothing to chart)
     */
    public DrawingTools(DrawingsViewModel vm, Region panel, StackPane area, Supplier<PricePlot> charts) {
        this.vm = vm;
        this.panel = panel;
        this.charts = charts;
        this.list = new DrawingList(vm);
        area.getChildren().addListener((ListChangeListener<Node>) c -> watch(charts.get()));
        vm.drawings().addListener(dirty);
        vm.selected().addListener(dirty);
        vm.hidden().addListener(dirty);
        vm.tool().addListener((obs, old, now) -> cancelDrawing());
        panel.addEventFilter(MouseEvent.MOUSE_PRESSED, this::onPress);
        panel.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        panel.addEventFilter(MouseEvent.MOUSE_MOVED, this::onMove);
        panel.addEventFilter(MouseEvent.MOUSE_RELEASED, this::onRelease);
        panel.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (consumeClick) {
                e.consume();
            }
        });
        panel.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        ChangeListener<Window> follow = (obs, old, now) -> shortcutsFrom(now);
        panel.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.windowProperty().removeListener(follow);
            }
            if (now != null) {
                now.windowProperty().addListener(follow);
            }
            shortcutsFrom(now == null ? null : now.getWindow());
        });
    }

    /**
     * Takes the tool shortcuts from {@code now}'s key events, ahead of its scene: the scene gives Alt+letter to the
     * menu bar's mnemonics (Alt+F opens File) before any node's event filter sees it.
     */
    private void shortcutsFrom(Window now) {
        if (window != null) {
            window.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        }
        window = now;
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        }
    }

    /** Alt+letter chooses a tool while the chart panel has the keyboard. */
    private void onShortcut(KeyEvent e) {
        if (e.isAltDown() && !e.isShiftDown() && !e.isControlDown() && !e.isMetaDown() && SHORTCUTS.containsKey(e.getCode())
                && hasKeyboard()) {
            vm.tool().set(SHORTCUTS.get(e.getCode()));
            e.consume();
        }
    }

    private boolean hasKeyboard() {
        for (Node n = panel.getScene() == null ? null : panel.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == panel) {
                return true;
            }
        }
        return false;
    }

    /** The Draw menu (one item per tool), the hide toggle and the list toggle, for the chart's tool row. */
    public Node toolBar() {
        MenuButton draw = new MenuButton("Draw", new FontIcon(MaterialDesignP.PENCIL_RULER));
        draw.setId("chart-draw");
        List<MenuItem> items = new ArrayList<>();
        for (DrawingKind kind : DrawingKind.values()) {
            KeyCode key = SHORTCUTS.entrySet().stream().filter(s -> s.getValue() == kind).findFirst().orElseThrow().getKey();
            MenuItem item = new MenuItem(kind.label() + "   Alt+" + key.getName());
            item.setId("draw-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> vm.tool().set(kind));
            items.add(item);
        }
        draw.getItems().setAll(items);
        vm.tool().addListener((obs, old, now) -> draw.setText(now == null ? "Draw" : now.label()));
        ToggleButton hide = new ToggleButton(null, new FontIcon(MaterialDesignE.EYE_OFF_OUTLINE));
        hide.setId("chart-drawings-hidden");
        hide.selectedProperty().bindBidirectional(vm.hidden());
        hide.setTooltip(new Tooltip("Hide all drawings"));
        ToggleButton shown = new ToggleButton(null, new FontIcon(MaterialDesignF.FORMAT_LIST_BULLETED));
        shown.setId("chart-drawings-list");
        shown.selectedProperty().bindBidirectional(vm.listShown());
        shown.setTooltip(new Tooltip("List the drawings on this chart"));
        HBox bar = new HBox(2, draw, hide, shown);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The side list of the drawings (shown while its toggle is on). */
    public Node list() {
        return list;
    }

    /**
     * Follows the charts shown: the layer goes onto the price pane's plot foreground (over the candles, under the
     * pane's legend), and their ranges and plot size redraw it.
     */
    private void watch(PricePlot plot) {
        XYChart now = plot == null ? null : plot.chart();
        if (now == watched) {
            return;
        }
        if (watched != null) {
            axes(watched).forEach(p -> p.removeListener(dirty));
            watched.getPlotForeground().getChildren().remove(layer);
        }
        watched = now;
        if (now != null) {
            axes(now).forEach(p -> p.addListener(dirty));
            now.getPlotForeground().getChildren().add(layer);
        }
        cancelDrawing();
        layer.requestLayout();
    }

    /** What redraws the layer: the chart's bar range, its price range and its plot's size. */
    private static List<javafx.beans.Observable> axes(XYChart chart) {
        return List.of(chart.getXAxis().minProperty(), chart.getXAxis().maxProperty(), chart.getYAxis().minProperty(),
                chart.getYAxis().maxProperty(), chart.getPlotBackground().layoutBoundsProperty());
    }

    /** The price pane's plot in layer coordinates and what it shows; empty while no price pane is on screen. */
    Optional<PlotViewport> viewport() {
        PricePlot c = charts.get();
        if (c == null || !c.shown() || c.bars().isEmpty()) {
            return Optional.empty();
        }
        Pane plot = c.chart().getPlotBackground();
        Bounds b = layer.sceneToLocal(plot.localToScene(plot.getBoundsInLocal()));
        var x = c.chart().getXAxis();
        var y = c.priceAxis();
        if (b == null || b.getWidth() <= 0 || b.getHeight() <= 0 || !(x.getMax() > x.getMin()) || !(y.getMax() > y.getMin())
                || y.isLogAxis() && y.getMin() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new PlotViewport(x.getMin(), x.getMax(), y.getMin(), y.getMax(), y.isLogAxis(), b.getMinX(),
                b.getMinY(), b.getWidth(), b.getHeight()));
    }

    /** The time scale of the bars shown. */
    BarTimeScale scale() {
        PriceColumns bars = charts.get().bars();
        if (bars != scaleOf) {
            scale = BarTimeScale.of(bars);
            scaleOf = bars;
        }
        return scale;
    }

    private void render() {
        Optional<PlotViewport> view = viewport();
        if (view.isEmpty() || vm.hidden().get() && preview == null) {
            layer.clear();
            return;
        }
        List<Drawing> shown = new ArrayList<>();
        if (!vm.hidden().get()) {
            for (Drawing d : vm.drawings()) {
                shown.add(preview != null && preview.id() == d.id() ? preview : d);
            }
        }
        if (preview != null && preview.id() == Drawing.NEW) {
            shown.add(preview);
        }
        BarTimeScale s = scale();
        List<DrawingFigure> figures = shown.stream().map(d -> DrawingFigures.of(d, view.get(), s)).toList();
        Drawing selected = vm.selected().get();
        layer.show(shown, figures, selected == null ? Drawing.NEW : selected.id(), view.get());
    }

    /** The anchor at layer point {@code p}: the nearest bar's start, the price there or (snap) its nearest O/H/L/C. */
    Anchor anchorAt(Point2D p, PlotViewport view, boolean snap) {
        BarTimeScale s = scale();
        double index = view.index(p.getX());
        double price = view.price(p.getY());
        if (snap) {
            PriceColumns bars = charts.get().bars();
            int i = s.nearestBar(index);
            double best = Double.POSITIVE_INFINITY;
            for (double v : new double[] {bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i]}) {
                double gap = Math.abs(view.y(v) - p.getY());
                if (gap < best) {
                    best = gap;
                    price = v;
                }
            }
        }
        return new Anchor(s.time(index), price);
    }

    private Point2D local(MouseEvent e) {
        return layer.sceneToLocal(e.getSceneX(), e.getSceneY());
    }

    private void onPress(MouseEvent e) {
        consumeClick = false;
        pressedOn = null;
        Optional<PlotViewport> view = viewport();
        Point2D p = local(e);
        if (view.isEmpty() || p == null || !view.get().contains(p.getX(), p.getY()) || onLegend(e.getTarget())) {
            return;
        }
        DrawingKind tool = vm.tool().get();
        if (tool != null && e.getButton() == MouseButton.PRIMARY) {
            Anchor at = anchorAt(p, view.get(), e.isShiftDown());
            if (awaitingSecondClick) {
                preview = withLast(preview, at);
            } else {
                List<Anchor> anchors = tool.anchors() == 1 ? List.of(at) : List.of(at, at);
                preview = Drawing.of(vm.symbol(), tool, vm.timeframe(), anchors, DrawingStyle.standard(), "");
            }
            pressedAt = p;
            take(e);
            return;
        }
        if (tool != null || vm.hidden().get()) {
            return;
        }
        Optional<Drawing> hit = drawingAt(p, view.get());
        if (hit.isEmpty()) {
            vm.selected().set(null);
            return;
        }
        Drawing d = hit.get();
        vm.selected().set(d);
        take(e);
        if (e.getButton() == MouseButton.SECONDARY) {
            showMenu(d, e);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            pressedOn = d;
            pressedAt = p;
            handle = DrawingFigures.of(d, view.get(), scale()).handleAt(p.getX(), p.getY(), HANDLE_PIXELS);
        }
    }

    private void onDrag(MouseEvent e) {
        Optional<PlotViewport> view = viewport();
        Point2D p = local(e);
        if (view.isEmpty() || p == null) {
            return;
        }
        if (preview != null && preview.id() == Drawing.NEW) {
            preview = withLast(preview, anchorAt(p, view.get(), e.isShiftDown()));
            layer.requestLayout();
            e.consume();
        } else if (pressedOn != null) {
            preview = moved(pressedOn, p, view.get(), e.isShiftDown());
            layer.requestLayout();
            e.consume();
        }
    }

    private void onMove(MouseEvent e) {
        Optional<PlotViewport> view = viewport();
        Point2D p = local(e);
        if (awaitingSecondClick && view.isPresent() && p != null) {
            preview = withLast(preview, anchorAt(p, view.get(), e.isShiftDown()));
            layer.requestLayout();
        }
    }

    private void onRelease(MouseEvent e) {
        Point2D p = local(e);
        if (preview != null && preview.id() == Drawing.NEW) {
            e.consume();
            boolean clicked = p == null || p.distance(pressedAt) < CLICK_PIXELS;
            if (preview.kind().anchors() == 2 && clicked && !awaitingSecondClick) {
                awaitingSecondClick = true;
                return;
            }
            Drawing done = preview;
            cancelDrawing();
            if (done.kind() == DrawingKind.TEXT_NOTE) {
                TextInputDialog ask = new TextInputDialog("Note");
                ask.initOwner(panel.getScene().getWindow());
                ask.setTitle("Text note");
                ask.setHeaderText("Text of the note");
                ask.showAndWait().filter(t -> !t.isBlank()).ifPresent(t -> vm.add(done.withStyle(done.style(), t)));
                vm.tool().set(null);
            } else {
                vm.add(done);
            }
        } else if (pressedOn != null) {
            e.consume();
            Drawing done = preview;
            preview = null;
            pressedOn = null;
            if (done != null) {
                vm.save(done);
            }
            layer.requestLayout();
        }
    }

    private void take(MouseEvent e) {
        panel.requestFocus();
        consumeClick = true;
        e.consume();
        layer.requestLayout();
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE && (vm.tool().get() != null || preview != null)) {
            vm.tool().set(null);
            cancelDrawing();
            e.consume();
        } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && !vm.hidden().get()
                && vm.deleteSelected()) {
            e.consume();
        }
    }

    private void cancelDrawing() {
        preview = null;
        awaitingSecondClick = false;
        pressedOn = null;
        layer.requestLayout();
    }

    /** The drawing nearest to {@code p} within {@link #HIT_PIXELS}; the later drawn wins a tie (it is on top). */
    private Optional<Drawing> drawingAt(Point2D p, PlotViewport view) {
        Drawing best = null;
        double bestDistance = HIT_PIXELS;
        BarTimeScale s = scale();
        for (Drawing d : vm.drawings()) {
            double distance = DrawingFigures.of(d, view, s).distance(p.getX(), p.getY());
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code d} with its dragged handle at {@code p}, or (no handle) moved whole by the drag from the press. */
    private Drawing moved(Drawing d, Point2D p, PlotViewport view, boolean snap) {
        List<Anchor> anchors = new ArrayList<>(d.anchors());
        Timeframe now = vm.timeframe();
        if (handle >= 0) {
            anchors.set(handle, anchorAt(p, view, snap));
            Timeframe finer = Timeframe.FINEST_FIRST.compare(now, d.drawnOn()) <= 0 ? now : d.drawnOn();
            return d.withAnchors(anchors, d.anchors().size() == 1 ? now : finer);
        }
        double dx = p.getX() - pressedAt.getX();
        double dy = p.getY() - pressedAt.getY();
        BarTimeScale s = scale();
        for (int k = 0; k < anchors.size(); k++) {
            DrawingFigure.Point at = DrawingFigures.point(d.anchors().get(k), d, view, s);
            anchors.set(k, anchorAt(new Point2D(at.x() + dx, at.y() + dy), view, false));
        }
        return d.withAnchors(anchors, now);
    }

    private static Drawing withLast(Drawing d, Anchor last) {
        List<Anchor> anchors = new ArrayList<>(d.anchors());
        anchors.set(anchors.size() - 1, last);
        return d.withAnchors(anchors, d.drawnOn());
    }

    private void showMenu(Drawing d, MouseEvent e) {
        MenuItem edit = new MenuItem("Edit ...");
        edit.setId("drawing-edit");
        edit.setOnAction(a -> new DrawingEditDialog(panel.getScene().getWindow(), d).showAndWait().ifPresent(vm::save));
        MenuItem delete = new MenuItem("Delete");
        delete.setId("drawing-delete");
        delete.setOnAction(a -> vm.delete(d));
        menu.getItems().setAll(edit, delete);
        menu.show(panel, e.getScreenX(), e.getScreenY());
    }

    /** Whether a press on {@code target} belongs to a pane's or the compare legend (their entries and buttons stay usable). */
    private static boolean onLegend(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("pane-legend") || n.getStyleClass().contains("compare-legend")) {
                return true;
            }
        }
        return false;
    }
}
