package dev.sextant.app.ui.chart;

import atlantafx.base.theme.Styles;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.regime.MarketRegime;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
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
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The chart panel: a tool row (timeframe, studies, log scale, regime shading, fit) with the
 * crosshair readout, the regime legend while the shading is on, and the stacked ChartFX charts. Drag pans, the wheel zooms around the mouse, a double click shows
 * the most recent bars again; arrow keys pan and zoom too.
 */
public final class ChartPanel extends BorderPane {

    private final ChartViewModel vm;
    private final StackPane area = new StackPane();
    private final CrosshairOverlay crosshair = new CrosshairOverlay();
    private final Label message = new Label();
    private StackedCharts charts;
    private double dragX;
    private XRange dragRange;

    public ChartPanel(ChartViewModel vm) {
        this.vm = vm;
        getStyleClass().add("chart-panel");
        setTop(new VBox(toolRow(), regimeLegend()));
        message.getStyleClass().addAll("chart-message", Styles.TEXT_MUTED);
        message.textProperty().bind(vm.message());
        message.visibleProperty().bind(vm.message().isNotEmpty());
        area.getChildren().addAll(crosshair, message);
        StackPane.setAlignment(message, Pos.CENTER);
        setCenter(area);
        setFocusTraversable(true);
        vm.data().addListener((obs, old, now) -> rebuild(now, null));
        vm.logScale().addListener((obs, old, now) -> rebuild(vm.data().get(), charts == null ? null : charts.range()));
        vm.regimeBands().addListener((obs, old, now) -> {
            if (charts != null) {
                charts.showRegimes(now);
            }
        });
        area.widthProperty().addListener((obs, old, now) -> redraw());
        wireMouse();
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        rebuild(vm.data().get(), null);
    }

    private Node toolRow() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton daily = timeframeButton("1d", Timeframe.DAILY, group, Styles.LEFT_PILL);
        ToggleButton minute = timeframeButton("1m", Timeframe.MINUTE_1, group, Styles.RIGHT_PILL);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one timeframe is always chosen
            } else {
                vm.context().timeframe().set((Timeframe) now.getUserData());
            }
        });
        vm.context().timeframe().addListener((obs, old, now) -> select(group, now));
        select(group, vm.context().timeframe().get());

        MenuButton studies = new MenuButton("Studies", new FontIcon(MaterialDesignC.CHART_BELL_CURVE_CUMULATIVE));
        studies.setId("chart-studies");
        for (Study s : Study.values()) {
            if (s == Study.RSI) {
                studies.getItems().add(new SeparatorMenuItem());
            }
            CheckMenuItem item = new CheckMenuItem(s.label() + (s.isPane() ? " (pane)" : ""));
            item.setSelected(vm.studies().contains(s));
            vm.studies().addListener((javafx.collections.SetChangeListener<Study>) c -> item.setSelected(vm.studies().contains(s)));
            item.setOnAction(e -> {
                if (item.isSelected()) {
                    vm.studies().add(s);
                } else {
                    vm.studies().remove(s);
                }
            });
            studies.getItems().add(item);
        }
        ToggleButton log = new ToggleButton("Log", new FontIcon(MaterialDesignM.MATH_LOG));
        log.setId("chart-log");
        log.selectedProperty().bindBidirectional(vm.logScale());
        log.setTooltip(new Tooltip("Logarithmic price scale (Ctrl+L)"));
        ToggleButton regimes = new ToggleButton("Regimes", new FontIcon(MaterialDesignP.PALETTE_SWATCH_OUTLINE));
        regimes.setId("chart-regimes");
        regimes.selectedProperty().bindBidirectional(vm.regimeShading());
        regimes.setTooltip(new Tooltip("Shade each day's market regime behind the candles (daily bars)"));
        Button fit = new Button(null, new FontIcon(MaterialDesignA.ARROW_EXPAND_HORIZONTAL));
        fit.setTooltip(new Tooltip("Show the most recent bars (double click on the chart)"));
        fit.setOnAction(e -> fitRecent());
        Label readout = new Label();
        readout.setId("chart-readout");
        readout.getStyleClass().add("chart-readout");
        readout.textProperty().bind(Bindings.createStringBinding(
                () -> vm.readout().get().isEmpty() ? legend() : vm.readout().get(), vm.readout(), vm.data()));
        readout.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(readout, Priority.ALWAYS);
        HBox row = new HBox(6, new HBox(daily, minute), studies, log, regimes, fit, readout);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4, 6, 4, 6));
        row.getStyleClass().add("panel-tool-row");
        return row;
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

    private String legend() {
        return Optional.ofNullable(vm.data().get())
                .map(d -> d.bars().symbol() + " " + d.bars().timeframe().code() + "  " + d.bars().size() + " bars  "
                        + BarTimeFormat.label(d.bars(), 0) + " .. " + BarTimeFormat.label(d.bars(), d.bars().size() - 1))
                .orElse("");
    }

    private static ToggleButton timeframeButton(String text, Timeframe tf, ToggleGroup group, String pill) {
        ToggleButton b = new ToggleButton(text);
        b.setId("timeframe-" + text);
        b.setUserData(tf);
        b.setToggleGroup(group);
        b.getStyleClass().add(pill);
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
        charts = new StackedCharts(data, vm.logScale().get());
        charts.showRegimes(vm.regimeBands().get());
        area.getChildren().addFirst(charts);
        if (keep != null) {
            charts.show(keep);
        } else {
            int[] window = vm.initialWindow(data.bars());
            charts.show(new XRange(window[0] - 0.5, window[1] - 0.5 + (window[1] - window[0]) * XRange.MARGIN));
        }
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

    private void fitRecent() {
        if (charts != null) {
            int[] window = vm.initialWindow(charts.data().bars());
            showRange(new XRange(window[0] - 0.5, window[1] - 0.5 + (window[1] - window[0]) * XRange.MARGIN));
        }
    }

    private int size() {
        return charts.data().bars().size();
    }

    private void wireMouse() {
        area.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        area.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            crosshair.hide();
            vm.hover(Double.NaN);
        });
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            if (charts != null && e.getButton() == MouseButton.PRIMARY) {
                dragX = e.getX();
                dragRange = charts.range();
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (charts != null && dragRange != null) {
                double perPixel = dragRange.span() / plotWidth();
                showRange(dragRange.pan(-(e.getX() - dragX) * perPixel, size()));
                onMove(e);
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragRange = null);
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2) {
                fitRecent();
            }
        });
        area.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (charts != null && e.getDeltaY() != 0) {
                double factor = Math.pow(0.85, e.getDeltaY() / 40.0);
                showRange(charts.range().zoom(factor, barAt(e.getSceneX(), e.getSceneY()), size()));
            }
        });
    }

    private double plotWidth() {
        return Math.max(50, charts.priceChart().getCanvas().getWidth());
    }

    private double barAt(double sceneX, double sceneY) {
        Point2D p = charts.timeAxis().sceneToLocal(sceneX, sceneY);
        return charts.timeAxis().getValueForDisplay(p.getX());
    }

    private void onMove(MouseEvent e) {
        if (charts == null) {
            return;
        }
        vm.hover(barAt(e.getSceneX(), e.getSceneY()));
        javafx.scene.canvas.Canvas canvas = charts.priceChart().getCanvas();
        Bounds plot = area.sceneToLocal(canvas.localToScene(canvas.getBoundsInLocal()));
        String price = null;
        if (plot.contains(e.getX(), e.getY())) {
            Point2D onAxis = charts.priceAxis().sceneToLocal(e.getSceneX(), e.getSceneY());
            price = ChartViewModel.price(charts.priceAxis().getValueForDisplay(onAxis.getY()));
        }
        crosshair.show(e.getX(), e.getY(), plot, price);
    }

    private void onKey(KeyEvent e) {
        if (charts == null) {
            return;
        }
        XRange r = charts.range();
        switch (e.getCode()) {
            case LEFT -> showRange(r.pan(-r.span() * 0.1, size()));
            case RIGHT -> showRange(r.pan(r.span() * 0.1, size()));
            case UP, PLUS, ADD, EQUALS -> showRange(r.zoom(0.8, (r.from() + r.to()) / 2, size()));
            case DOWN, MINUS, SUBTRACT -> showRange(r.zoom(1.25, (r.from() + r.to()) / 2, size()));
            case HOME -> showRange(XRange.all(size()));
            case END -> fitRecent();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
