package dev.sextant.app.ui.chart;

import atlantafx.base.theme.Styles;
import dev.sextant.app.ui.chart.compare.CompareLegend;
import dev.sextant.app.ui.chart.compare.CompareTool;
import dev.sextant.app.ui.chart.drawing.DrawingTools;
import dev.sextant.app.ui.chart.drawing.DrawingsViewModel;
import dev.sextant.app.ui.chart.drawing.PricePlot;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.regime.MarketRegime;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The chart panel: a tool row (timeframe, studies, log scale, fit to all, volume pane, regime
 * shading, show recent bars), the regime legend while the shading is on, and the chart's panes.
 * Mouse input is taken in the capturing phase (event filters on the chart area): ChartFX's plot
 * area is a control whose skin consumes every mouse event that bubbles through it, so handlers
 * above it never saw moves, presses or drags (docs/adr/0015-chart-input-filters.md). Moving the
 * mouse shows the crosshair and the values of the bar under it; a drag pans, a drag on a price
 * scale stretches it, the wheel zooms around the pointer, a double click shows the recent bars.
 * The keyboard works while the pointer is over the chart: arrows pan and zoom, +/- zoom, Home
 * and End go to the first and last bars, Esc resets the view.
 */
public final class ChartPanel extends BorderPane {

    /** Zoom factor per wheel notch (turning the wheel away from the user zooms in). */
    static final double WHEEL_ZOOM = 0.85;
    /** Price-scale stretch per pixel dragged down on the scale. */
    static final double SCALE_DRAG = 1.006;

    private final ChartViewModel vm;
    private final CompareTool compareTool;
    private final StackPane area = new StackPane();
    private final CrosshairOverlay crosshair = new CrosshairOverlay();
    private final Label message = new Label();
    private StackedCharts charts;
    private double dragX;
    private double dragY;
    private XRange dragRange;
    private double dragScale;
    private boolean draggingScale;
    private final DrawingTools drawings;

    /** A chart without drawing tools. */
    public ChartPanel(ChartViewModel vm) {
        this(vm, null);
    }

    /** A chart with the drawing tools of {@code drawingsVm} (none when null). */
    public ChartPanel(ChartViewModel vm, DrawingsViewModel drawingsVm) {
        this.vm = vm;
        compareTool = new CompareTool(vm.compare(), this);
        this.drawings = drawingsVm == null ? null : new DrawingTools(drawingsVm, this, area, () -> charts == null ? null
                : new PricePlot(charts.priceChart(), charts.priceAxis(), charts.data().bars(), charts.priceShown()));
        getStyleClass().add("chart-panel");
        setTop(new VBox(toolRow(), regimeLegend()));
        message.getStyleClass().addAll("chart-message", Styles.TEXT_MUTED);
        message.textProperty().bind(vm.message());
        message.visibleProperty().bind(vm.message().isNotEmpty());
        area.getChildren().addAll(crosshair, message);
        if (drawings != null) {
            setRight(drawings.list());
        }
        area.setId("chart-area");
        StackPane.setAlignment(message, Pos.CENTER);
        setCenter(area);
        setFocusTraversable(true);
        vm.data().addListener((obs, old, now) -> {
            if (vm.applyingStream() && charts != null && now != null && charts.canTake(now)) {
                charts.replaceData(now);
            } else {
                rebuild(now, vm.applyingStream() && charts != null ? charts.range() : null);
            }
        });
        InvalidationListener rebuildKeepingRange = obs -> rebuild(vm.data().get(), charts == null ? null : charts.range());
        vm.logScale().addListener(rebuildKeepingRange);
        vm.fitAll().addListener(rebuildKeepingRange);
        vm.volumeInPane().addListener(rebuildKeepingRange);
        vm.maximised().addListener((obs, old, now) -> {
            if (charts != null) {
                charts.layoutPanes();
            }
        });
        vm.hoverIndex().addListener((obs, old, now) -> {
            if (charts != null) {
                charts.refreshLegends();
            }
        });
        vm.regimeBands().addListener((obs, old, now) -> {
            if (charts != null) {
                charts.showRegimes(now);
            }
        });
        area.widthProperty().addListener((obs, old, now) -> redraw());
        vm.compare().lines().addListener((obs, old, now) -> redraw());
        wireMouse();
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        addEventFilter(KeyEvent.KEY_PRESSED, compareTool::onKey);
        rebuild(vm.data().get(), null);
    }

    private Node toolRow() {
        ToggleGroup group = new ToggleGroup();
        HBox timeframes = new HBox();
        timeframes.setId("chart-timeframes");
        Runnable fillTimeframes = () -> {
            List<Timeframe> offered = vm.timeframes();
            group.getToggles().clear();
            timeframes.getChildren().clear();
            for (int i = 0; i < offered.size(); i++) {
                String pill = offered.size() == 1 ? null : i == 0 ? Styles.LEFT_PILL : i == offered.size() - 1 ? Styles.RIGHT_PILL
                        : Styles.CENTER_PILL;
                timeframes.getChildren().add(timeframeButton(offered.get(i), group, pill));
            }
            select(group, vm.context().timeframe().get());
        };
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.context().timeframe().set((Timeframe) now.getUserData());
            } else if (old != null && group.getToggles().contains(old)) {
                group.selectToggle(old); // one timeframe is always chosen
            }
        });
        vm.timeframes().addListener((javafx.collections.ListChangeListener<Timeframe>) c -> fillTimeframes.run());
        vm.context().timeframe().addListener((obs, old, now) -> select(group, now));
        fillTimeframes.run();

        MenuButton studies = new MenuButton("Studies", new FontIcon(MaterialDesignC.CHART_BELL_CURVE_CUMULATIVE));
        studies.setId("chart-studies");
        studies.setOnShowing(e -> fillStudiesMenu(studies));
        fillStudiesMenu(studies);
        ToggleButton log = new ToggleButton("Log", new FontIcon(MaterialDesignM.MATH_LOG));
        log.setId("chart-log");
        log.selectedProperty().bindBidirectional(vm.logScale());
        log.setTooltip(new Tooltip("Logarithmic price scale (Ctrl+L)"));
        ToggleButton fitAll = new ToggleButton("Fit all", new FontIcon(MaterialDesignA.ARROW_EXPAND_VERTICAL));
        fitAll.setId("chart-fit-all");
        fitAll.selectedProperty().bindBidirectional(vm.fitAll());
        fitAll.setTooltip(new Tooltip("Fit the price scale to everything drawn, overlays included (off: to the visible candles)"));
        ToggleButton volumePane = new ToggleButton("Volume pane", new FontIcon(MaterialDesignC.CHART_BAR));
        volumePane.setId("chart-volume-pane");
        volumePane.selectedProperty().bindBidirectional(vm.volumeInPane());
        volumePane.setTooltip(new Tooltip("Volume in a pane of its own (off: bars along the bottom of the price pane)"));
        ToggleButton regimes = new ToggleButton("Regimes", new FontIcon(MaterialDesignP.PALETTE_SWATCH_OUTLINE));
        regimes.setId("chart-regimes");
        regimes.selectedProperty().bindBidirectional(vm.regimeShading());
        regimes.setTooltip(new Tooltip("Shade each day's market regime behind the candles (daily bars)"));
        Button fit = new Button(null, new FontIcon(MaterialDesignA.ARROW_EXPAND_HORIZONTAL));
        fit.setId("chart-fit-recent");
        fit.setTooltip(new Tooltip("Show the most recent bars and fit the price scale (Esc, or double click on the chart)"));
        fit.setOnAction(e -> resetView());
        HBox row = new HBox(6, timeframes, studies, log, fitAll, volumePane, regimes, fit);
        row.getChildren().add(row.getChildren().indexOf(studies) + 1, compareTool.button());
        if (drawings != null) {
            row.getChildren().add(drawings.toolBar());
        }
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4, 6, 4, 6));
        row.getStyleClass().add("panel-tool-row");
        return row;
    }

    /** "Add study ..." and, for each study on the chart, its settings and removal. */
    private void fillStudiesMenu(MenuButton menu) {
        MenuItem add = new MenuItem("Add study ...");
        add.setId("chart-add-study");
        add.setOnAction(e -> addStudy());
        menu.getItems().setAll(add, new SeparatorMenuItem());
        for (StudySpec s : vm.studies()) {
            MenuItem settings = new MenuItem("Settings ...");
            settings.setOnAction(e -> editStudy(s));
            MenuItem remove = new MenuItem("Remove");
            remove.setOnAction(e -> vm.removeStudy(s));
            Menu item = new Menu(s.label() + (s.visible() ? "" : " (hidden)"), null, settings, remove);
            menu.getItems().add(item);
        }
    }

    private void addStudy() {
        new StudyDialog(getScene().getWindow(), null).showAndWait()
                .ifPresent(answer -> answer.ifPresent(vm::addStudy));
    }

    /** Opens the settings of {@code spec}: OK replaces it, Remove takes it off the chart. */
    public void editStudy(StudySpec spec) {
        new StudyDialog(getScene().getWindow(), spec).showAndWait()
                .ifPresent(answer -> answer.ifPresentOrElse(now -> vm.replaceStudy(spec, now), () -> vm.removeStudy(spec)));
    }
    /** While the shading is on: what it shows (or why nothing) and a swatch per regime. */
    private Node regimeLegend() {
        Label note = new Label();
        note.setId("chart-regime-note");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.textProperty().bind(vm.regimeNote());
        note.setMinWidth(USE_PREF_SIZE);
        FlowPane legend = new FlowPane(10, 2, note);
        legend.setId("chart-regime-legend");
        legend.setPadding(new Insets(0, 6, 4, 8));
        legend.setAlignment(Pos.CENTER_LEFT);
        HBox swatches = new HBox(10);
        swatches.setAlignment(Pos.CENTER_LEFT);
        for (MarketRegime r : MarketRegime.values()) {
            Region swatch = new Region();
            swatch.setMinSize(12, 12);
            swatch.setPrefSize(12, 12);
            swatch.setMaxSize(12, 12);
            swatch.setBackground(Background.fill(RegimeShading.colour(r).deriveColor(0, 1, 1, 0.7)));
            Label name = new Label(r.label(), swatch);
            name.getStyleClass().add("chart-regime-name");
            name.setMinWidth(USE_PREF_SIZE);
            swatches.getChildren().add(name);
        }
        swatches.visibleProperty().bind(vm.regimeBands().isNotNull());
        swatches.managedProperty().bind(swatches.visibleProperty());
        legend.getChildren().add(swatches);
        legend.visibleProperty().bind(vm.regimeShading());
        legend.managedProperty().bind(legend.visibleProperty());
        return legend;
    }

    private static ToggleButton timeframeButton(Timeframe tf, ToggleGroup group, String pill) {
        ToggleButton b = new ToggleButton(tf.code());
        b.setId("timeframe-" + tf.code());
        b.setUserData(tf);
        b.setToggleGroup(group);
        if (pill != null) {
            b.getStyleClass().add(pill);
        }
        return b;
    }

    private static void select(ToggleGroup group, Timeframe tf) {
        group.getToggles().stream().filter(t -> t.getUserData() == tf).findFirst().ifPresent(group::selectToggle);
    }

    private void rebuild(ChartData data, XRange keep) {
        if (charts != null) {
            area.getChildren().remove(charts);
            charts = null;
        }
        crosshair.hide();
        if (data == null || data.bars().isEmpty()) {
            return;
        }
        charts = new StackedCharts(data, vm, this::editStudy);
        charts.showRegimes(vm.regimeBands().get());
        area.getChildren().addFirst(charts);
        charts.show(keep != null ? keep.clamp(data.bars().size()) : recentWindow(data));
    }

    private void redraw() {
        if (charts != null && charts.range() != null) {
            charts.show(charts.range());
        }
    }

    public ChartViewModel viewModel() {
        return vm;
    }

    /** The charts now shown, or null when there is nothing to chart. */
    public StackedCharts charts() {
        return charts;
    }

    /** Shows bars {@code range}: the step a pan or zoom takes. */
    public void showRange(XRange range) {
        if (charts != null) {
            charts.show(range.clamp(charts.data().bars().size()));
        }
    }

    private XRange recentWindow(ChartData data) {
        int[] window = vm.initialWindow(data.bars());
        return new XRange(window[0] - 0.5, window[1] - 0.5 + (window[1] - window[0]) * XRange.MARGIN);
    }

    /** The recent bars, a fitted price scale, every pane shown. */
    private void resetView() {
        if (charts != null) {
            vm.maximised().set(null);
            charts.resetPriceScale();
            showRange(recentWindow(charts.data()));
        }
    }

    private int size() {
        return charts.data().bars().size();
    }

    /** Whether a press on {@code target} belongs to a control (legend entry, pane button, divider) rather than the plot. */
    private static boolean onControl(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof PaneLegend || n instanceof CompareLegend || n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
            if (n instanceof StackedCharts) {
                return false;
            }
        }
        return false;
    }

    private void wireMouse() {
        area.addEventFilter(MouseEvent.MOUSE_ENTERED, e -> takeKeyboard());
        area.addEventFilter(MouseEvent.MOUSE_MOVED, this::onMove);
        area.addEventFilter(MouseEvent.MOUSE_EXITED, e -> {
            crosshair.hide();
            vm.hover(Double.NaN);
        });
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            dragRange = null;
            if (charts == null || e.getButton() != MouseButton.PRIMARY || onControl(e.getTarget())) {
                return;
            }
            requestFocus();
            dragX = e.getX();
            dragY = e.getY();
            dragRange = charts.range();
            dragScale = charts.priceScale();
            draggingScale = charts.hit(e.getSceneX(), e.getSceneY())
                    .filter(h -> h.onScale() && h.pane().equals(ChartSettings.PRICE)).isPresent();
        });
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (charts == null || dragRange == null) {
                return;
            }
            if (draggingScale) {
                charts.scalePrice(Math.pow(SCALE_DRAG, e.getY() - dragY) * dragScale / charts.priceScale());
            } else {
                double perPixel = dragRange.span() / plotWidth();
                showRange(dragRange.pan(-(e.getX() - dragX) * perPixel, size()));
            }
            onMove(e);
        });
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> dragRange = null);
        area.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY && !onControl(e.getTarget())) {
                resetView();
            }
        });
        area.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (charts != null && e.getDeltaY() != 0) {
                double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40.0);
                double factor = Math.pow(WHEEL_ZOOM, notches);
                showRange(charts.range().zoom(factor, barAt(e.getSceneX(), e.getSceneY()), size()));
                e.consume();
            }
        });
    }

    /** Gives the chart the keyboard when the pointer comes over it, unless the user is typing into a field. */
    private void takeKeyboard() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        if (!(owner instanceof TextInputControl) && !isFocused()) {
            requestFocus();
        }
    }

    private double plotWidth() {
        return Math.max(50, charts.timeAxis().getWidth());
    }

    private double barAt(double sceneX, double sceneY) {
        Point2D p = charts.timeAxis().sceneToLocal(sceneX, sceneY);
        return charts.timeAxis().getValueForDisplay(p.getX());
    }

    private void onMove(MouseEvent e) {
        if (charts == null) {
            return;
        }
        Optional<StackedCharts.Hit> hit = charts.hit(e.getSceneX(), e.getSceneY());
        if (hit.isEmpty() || hit.get().onScale()) {
            crosshair.hide();
            vm.hover(Double.NaN);
            return;
        }
        vm.hover(barAt(e.getSceneX(), e.getSceneY()));
        Bounds plot = area.sceneToLocal(hit.get().plot());
        crosshair.show(e.getX(), e.getY(), plot, hit.get().label());
    }

    private void onKey(KeyEvent e) {
        if (charts == null || e.isConsumed() || e.getTarget() instanceof TextInputControl) {
            return;
        }
        XRange r = charts.range();
        switch (e.getCode()) {
            case LEFT -> showRange(r.pan(-r.span() * 0.1, size()));
            case RIGHT -> showRange(r.pan(r.span() * 0.1, size()));
            case UP, PLUS, ADD, EQUALS -> showRange(r.zoom(0.8, (r.from() + r.to()) / 2, size()));
            case DOWN, MINUS, SUBTRACT -> showRange(r.zoom(1.25, (r.from() + r.to()) / 2, size()));
            case HOME -> showRange(new XRange(-0.5, -0.5 + r.span()));
            case END -> showRange(r.pan(size() - r.to() + r.span() * XRange.MARGIN, size()));
            case ESCAPE -> resetView();
            default -> {
                return;
            }
        }
        crosshair.hide(); // its value tag belonged to the old range; the next mouse move shows it again
        e.consume();
    }
}
