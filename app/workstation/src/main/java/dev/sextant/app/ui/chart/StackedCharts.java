package dev.sextant.app.ui.chart;

import dev.sextant.app.ui.chart.compare.CompareOverlay;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.renderer.spi.financial.CandleStickRenderer;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.locks.DefaultDataSetLock;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.spi.MultiDimDoubleDataSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The panes of one series' chart in a vertical {@link SplitPane} over a shared bar-index x axis:
 * the price pane (candles, overlay studies, markers, volume bars along its bottom, last-price tag)
 * and below it a volume pane (on request) and one pane per oscillator study. Dragging a divider
 * resizes panes; the shares are remembered with the workspace. Each pane carries a {@link PaneLegend}.
 * {@link #show(XRange)} redraws every pane for a visible range; at most one candle per
 * {@link #PIXELS_PER_CANDLE} pixels is drawn (see {@link CandleView}). The price scale fits the
 * visible candles (or everything drawn, when fitting to all), every other scale its visible values.
 */
public final class StackedCharts extends SplitPane {

    static final double PIXELS_PER_CANDLE = 3;
    /** The price pane's share of the chart height with lower panes, at least. */
    static final double MIN_PRICE_SHARE = 0.6;
    static final double LOWER_SHARE = 0.16;

    private ChartData data;
    private final ChartViewModel vm;
    private final boolean log;
    private final boolean fitAll;
    private final List<ChartPane> panes = new ArrayList<>();
    private final List<ChartPane> shown = new ArrayList<>();
    private final ChartPane price;
    private final MultiDimDoubleDataSet candles = new MultiDimDoubleDataSet("candles", 7);
    private final Map<ChartData.Study, List<DoubleDataSet>> overlayLines = new LinkedHashMap<>();
    private final Map<ChartData.Kind, DoubleDataSet> markerSets = new EnumMap<>(ChartData.Kind.class);
    private final VolumeBars volumeBars = new VolumeBars();
    private final Label lastPrice = new Label();
    private final RegimeShading shading = new RegimeShading();
    private final CompareOverlay compare;
    private ChartPane volume;
    private final DoubleDataSet volumeUp = new DoubleDataSet("volume up");
    private final DoubleDataSet volumeDown = new DoubleDataSet("volume down");
    private final Map<ChartPane, StudyPane> studyPanes = new LinkedHashMap<>();
    private RegimeBands regimes;
    private CandleView view;
    private XRange range;
    private double lastClose = Double.NaN;
    private double priceScale = 1;
    private boolean pendingWrite;
    private boolean waitingForPulse;

    /** The data sets of one oscillator study's pane. */
    private record StudyPane(ChartData.Study study, List<DoubleDataSet> lines, DoubleDataSet histogram,
                             List<DoubleDataSet> guides) {
    }

    /** @param settings opens a study's settings (a double click on its legend entry) */
    public StackedCharts(ChartData data, ChartViewModel vm, Consumer<StudySpec> settings) {
        this.data = data;
        this.vm = vm;
        this.log = vm.logScale().get();
        this.fitAll = vm.fitAll().get();
        setOrientation(Orientation.VERTICAL);
        getStyleClass().add("stacked-charts");

        price = new ChartPane(ChartSettings.PRICE, null, data.calendar(), ChartViewModel::price, "price-chart");
        price.valueAxis().setLogAxis(log);
        CandleStickRenderer candleRenderer = new CandleStickRenderer(false);
        candleRenderer.setComputeLocalRange(false); // it would reset the price scale to the candles' opens on each paint
        candleRenderer.getDatasets().add(candles);
        candles.addStyleClasses("candles");
        ErrorDataSetRenderer lines = lineRenderer();
        for (ChartData.Study study : data.overlays()) {
            if (!study.spec().visible()) {
                continue;
            }
            List<DoubleDataSet> sets = new ArrayList<>();
            for (ChartData.Line line : study.lines()) {
                DoubleDataSet ds = new DoubleDataSet(study.spec().label() + " " + line.label());
                ds.addStyleClasses("study-line");
                style(ds, line.colour(), study.spec().width(), line.dashed());
                lines.getDatasets().add(ds);
                sets.add(ds);
            }
            overlayLines.put(study, sets);
        }
        ErrorDataSetRenderer markers = new ErrorDataSetRenderer();
        markers.setPolyLineStyle(LineStyle.NONE);
        markers.setErrorStyle(ErrorStyle.NONE);
        markers.setDrawMarker(true);
        for (ChartData.Kind kind : ChartData.Kind.values()) {
            DoubleDataSet ds = new DoubleDataSet(kind.name().toLowerCase(Locale.ROOT));
            ds.addStyleClasses("marker-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            markerSets.put(kind, ds);
            markers.getDatasets().add(ds);
        }
        price.chart().getRenderers().setAll(candleRenderer, lines, markers);
        compare = new CompareOverlay(vm.compare(), data.bars(), () -> vm.hoverIndex().get());
        price.chart().getRenderers().add(compare.renderer());
        Pane plotBackground = price.chart().getPlotBackground();
        plotBackground.getChildren().add(shading);
        boolean volumeBarsShown = data.hasVolume() && !vm.volumeInPane().get();
        if (volumeBarsShown) {
            plotBackground.getChildren().add(volumeBars);
        }
        plotBackground.widthProperty().addListener((obs, old, now) -> resizeBackground(plotBackground));
        plotBackground.heightProperty().addListener((obs, old, now) -> resizeBackground(plotBackground));
        lastPrice.getStyleClass().add("last-price-tag");
        lastPrice.setManaged(false);
        lastPrice.setMinWidth(Region.USE_PREF_SIZE); // never shortened to "488.…"

        lastPrice.setMouseTransparent(true);
        price.content().getChildren().add(lastPrice);
        price.legend().showPrice(vm, data, this::data, settings);
        price.content().getChildren().add(compare.legend());
        StackPane.setAlignment(compare.legend(), Pos.TOP_LEFT);
        StackPane.setMargin(compare.legend(), new Insets(2, PriceAxis.WIDTH + 4, 0, 6));
        compare.legend().translateYProperty().bind(price.legend().heightProperty());
        panes.add(price);

        if (data.hasVolume() && vm.volumeInPane().get()) {
            volume = new ChartPane(ChartSettings.VOLUME, null, data.calendar(), ChartViewModel::volume, "volume-chart");
            ErrorDataSetRenderer bars = barRenderer();
            volumeUp.addStyleClasses("volume-up");
            volumeDown.addStyleClasses("volume-down");
            bars.getDatasets().addAll(volumeUp, volumeDown);
            volume.chart().getRenderers().setAll(bars);
            volume.legend().showVolume(vm, this::data);
            panes.add(volume);
        }

        for (ChartData.Study study : data.panes()) {
            String key = study.spec().label();
            for (int n = 2; keyTaken(key); n++) {
                key = study.spec().label() + " #" + n;
            }
            ChartPane pane = new ChartPane(key, study.spec(), data.calendar(), ChartViewModel::price, "pane-chart");
            List<DoubleDataSet> paneLines = new ArrayList<>();
            ErrorDataSetRenderer r = lineRenderer();
            List<DoubleDataSet> guides = new ArrayList<>();
            for (Double level : study.guides()) {
                DoubleDataSet ds = new DoubleDataSet("guide " + level);
                ds.addStyleClasses("guide");
                r.getDatasets().add(ds);
                guides.add(ds);
            }
            if (study.spec().visible()) {
                for (ChartData.Line line : study.lines()) {
                    DoubleDataSet ds = new DoubleDataSet(study.spec().label() + " " + line.label());
                    ds.addStyleClasses("study-line");
                    style(ds, line.colour(), study.spec().width(), line.dashed());
                    r.getDatasets().add(ds);
                    paneLines.add(ds);
                }
            }
            DoubleDataSet hist = null;
            if (study.histogram() != null && study.spec().visible()) {
                hist = new DoubleDataSet(study.spec().label() + " histogram");
                hist.addStyleClasses("histogram");
                ErrorDataSetRenderer h = barRenderer();
                h.getDatasets().add(hist);
                pane.chart().getRenderers().setAll(h, r);
            } else {
                pane.chart().getRenderers().setAll(r);
            }
            pane.legend().showStudy(vm, study, this::data, settings);
            studyPanes.put(pane, new StudyPane(study, paneLines, hist, guides));
            panes.add(pane);
        }
        layoutPanes();
        refreshLegends();
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> rememberShares());
    }

    private boolean keyTaken(String key) {
        return panes.stream().anyMatch(p -> p.key().equals(key));
    }

    /** Shows each legend's values at the bar the view model points at (under the crosshair, else the last). */
    public void refreshLegends() {
        panes.forEach(p -> p.legend().refresh());
        compare.refreshLegend();
    }

    /**
     * Puts the shown panes into the split pane with their remembered (or default) shares: all of
     * them, or only the one the view model maximised.
     */
    public void layoutPanes() {
        String alone = vm.maximised().get();
        shown.clear();
        panes.stream().filter(p -> alone == null || p.key().equals(alone)).forEach(shown::add);
        if (shown.isEmpty()) {
            shown.addAll(panes);
        }
        getItems().setAll(shown.stream().map(p -> (Node) p.content()).toList());
        for (ChartPane p : panes) {
            p.legend().showPaneButtons(vm, p.key(), p.study(), shown.size() == 1 && panes.size() > 1, panes.size() > 1);
            p.timeAxisLabelled(p == shown.getLast());
        }
        double[] shares = shares();
        double[] dividers = new double[shares.length - 1];
        double sum = 0;
        for (int i = 0; i < dividers.length; i++) {
            sum += shares[i];
            dividers[i] = sum;
        }
        setDividerPositions(dividers);
    }

    /** Each shown pane's share of the height: remembered, else the price pane gets the most, at least {@link #MIN_PRICE_SHARE}. */
    double[] shares() {
        int lower = shown.size() - 1;
        double defaultLower = lower == 0 ? 0 : Math.min(LOWER_SHARE, (1 - MIN_PRICE_SHARE) / lower);
        double[] shares = new double[shown.size()];
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            ChartPane p = shown.get(i);
            shares[i] = vm.paneShare(p.key()).orElse(p == price ? 1 - lower * defaultLower : defaultLower);
            sum += shares[i];
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= sum;
        }
        return shares;
    }

    private void rememberShares() {
        double[] positions = getDividerPositions();
        if (positions.length == 0) {
            return;
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        double previous = 0;
        for (int i = 0; i < shown.size(); i++) {
            double end = i < positions.length ? positions[i] : 1;
            shares.put(shown.get(i).key(), Math.max(1e-3, end - previous));
            previous = end;
        }
        vm.rememberPaneShares(shares);
    }

    private void resizeBackground(Pane plotBackground) {
        shading.resize(plotBackground.getWidth(), plotBackground.getHeight());
        volumeBars.fit(plotBackground.getWidth(), plotBackground.getHeight());
        placeLastPrice();
    }

    /** Colours a line: ChartFX copies a data set's style onto its style node (an inline style wins over the stylesheet). */
    private static void style(DataSet ds, String colour, double width, boolean dashed) {
        ds.setStyle(String.format(Locale.ROOT, "-fx-line-color: %s; -fx-line-width: %.1f;%s", colour, width,
                dashed ? " -fx-line-dash-array: 4 3;" : ""));
    }

    private static ErrorDataSetRenderer lineRenderer() {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setPolyLineStyle(LineStyle.NORMAL);
        r.setErrorStyle(ErrorStyle.NONE);
        r.setDrawMarker(false);
        r.setAllowNaNs(true);
        r.setPointReduction(false);
        return r;
    }

    private static ErrorDataSetRenderer barRenderer() {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setPolyLineStyle(LineStyle.HISTOGRAM_FILLED);
        r.setErrorStyle(ErrorStyle.NONE);
        r.setDrawMarker(false);
        r.setPointReduction(false);
        return r;
    }

    public ChartData data() {
        return data;
    }

    public XRange range() {
        return range;
    }

    /**
     * Whether {@code next} can replace the data in place: the same symbol, timeframe, studies and
     * volume, and no compare lines (they are aligned with the bars they were drawn on).
     */
    public boolean canTake(ChartData next) {
        return data.sameLayout(next) && vm.compare().symbols().isEmpty();
    }

    /**
     * Shows {@code next} (the same series with bars streamed in) without building the chart again:
     * only the visible window is written, as for a pan. The zoom is kept; a view that showed the last
     * bar moves on with the new ones, any other view stays where the user put it.
     */
    public void replaceData(ChartData next) {
        if (!canTake(next)) {
            throw new IllegalArgumentException("the chart of " + data.bars().symbol() + " cannot take " + next.bars().symbol()
                    + " in place");
        }
        int before = data.bars().size();
        int after = next.bars().size();
        data = next;
        XRange keep = range == null ? XRange.all(after) : range;
        boolean followsLast = range != null && range.to() >= before - 0.5;
        show(followsLast && after > before ? keep.pan(after - before, after) : keep.clamp(after));
        refreshLegends();
    }

    /** The time axis of the top shown pane, for turning mouse positions into bar indices. */
    public DefaultNumericAxis timeAxis() {
        return (DefaultNumericAxis) shown.getFirst().chart().getXAxis();
    }

    public DefaultNumericAxis priceAxis() {
        return price.valueAxis();
    }

    public XYChart priceChart() {
        return price.chart();
    }

    /** Whether the price pane is on screen (not while another pane is maximised). */
    public boolean priceShown() {
        return shown.contains(price);
    }

    /** The pane keys shown, top to bottom. */
    public List<String> shownPanes() {
        return shown.stream().map(ChartPane::key).toList();
    }

    /** The chart of pane {@code key}. */
    public XYChart paneChart(String key) {
        return panes.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pane '" + key + "'")).chart();
    }

    /** Whether volume is drawn as bars along the bottom of the price pane. */
    public boolean volumeAsBars() {
        return volumeBars.getParent() != null;
    }

    /** Where a scene point falls: the pane, its plot area (scene coordinates), the value there, whether it is on the scale. */
    public record Hit(String pane, javafx.geometry.Bounds plot, double value, String label, boolean onScale) {
    }

    /** The pane under scene point {@code (x, y)}, if any. */
    public java.util.Optional<Hit> hit(double x, double y) {
        for (ChartPane p : shown) {
            Pane background = p.chart().getPlotBackground();
            var plot = background.localToScene(background.getBoundsInLocal());
            var axis = p.valueAxis();
            var scale = axis.localToScene(axis.getBoundsInLocal());
            if (y < plot.getMinY() || y > plot.getMaxY() || x < plot.getMinX() || x > scale.getMaxX()) {
                continue;
            }
            double value = axis.getValueForDisplay(axis.sceneToLocal(x, y).getY());
            String text = p.key().equals(ChartSettings.VOLUME) ? ChartViewModel.volume(value) : ChartViewModel.price(value);
            return java.util.Optional.of(new Hit(p.key(), plot, value, text, x >= scale.getMinX()));
        }
        return java.util.Optional.empty();
    }

    /** Stretches the price scale by {@code factor} (&gt; 1 shows a wider price range) around its middle. */
    public void scalePrice(double factor) {
        priceScale = Math.max(0.05, Math.min(50, priceScale * factor));
        show(range);
    }

    /** The price scale's stretch (1: fitted). */
    public double priceScale() {
        return priceScale;
    }

    /** Fits the price scale to the candles again. */
    public void resetPriceScale() {
        priceScale = 1;
        show(range);
    }

    /** The last-price tag on the price scale. */
    public Label lastPriceTag() {
        return lastPrice;
    }

    /** Paints {@code bands} behind the candles from now on; null removes the shading. */
    public void showRegimes(RegimeBands bands) {
        this.regimes = bands;
        shading.show(bands, range);
    }

    /** The regime shading behind the candles. */
    public RegimeShading shading() {
        return shading;
    }

    /** How many candles the current range is drawn with (after merging). */
    public int candleCount() {
        return view == null ? 0 : view.size();
    }

    /**
     * Redraws every chart for {@code newRange}. ChartFX read-locks its data sets from a layout until
     * the end of the next pulse, and a write then would deadlock the FX thread, so the new values
     * are written when no chart holds them (at once, or right after the next pulse).
     */
    public void show(XRange newRange) {
        this.range = newRange;
        pendingWrite = true;
        if (lockedByChart()) {
            retryAfterPulse();
        } else {
            write();
        }
    }

    private boolean lockedByChart() {
        for (DataSet ds : allDataSets()) {
            if (ds.lock() instanceof DefaultDataSetLock<?> lock && lock.getReaderCount() > 0) {
                return true;
            }
        }
        return false;
    }

    private List<DataSet> allDataSets() {
        List<DataSet> all = new ArrayList<>(List.of(candles, volumeUp, volumeDown));
        all.addAll(markerSets.values());
        overlayLines.values().forEach(all::addAll);
        all.addAll(compare.dataSets());
        for (StudyPane p : studyPanes.values()) {
            all.addAll(p.lines());
            all.addAll(p.guides());
            if (p.histogram() != null) {
                all.add(p.histogram());
            }
        }
        return all;
    }

    private void retryAfterPulse() {
        if (waitingForPulse) {
            return;
        }
        waitingForPulse = true;
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (getScene() != null) {
                getScene().removePostLayoutPulseListener(listener[0]);
            }
            Platform.runLater(() -> {
                waitingForPulse = false;
                if (pendingWrite) {
                    show(range);
                }
            });
        };
        if (getScene() != null) {
            getScene().addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        } else {
            listener[0].run();
        }
    }

    /** True while new values wait for a chart to release its data sets. */
    public boolean hasPendingWrite() {
        return pendingWrite;
    }

    private void write() {
        pendingWrite = false;
        XRange newRange = range;
        int[] visible = newRange.bars(data.bars().size());
        double width = Math.max(200, getWidth() > 0 ? getWidth() - PriceAxis.WIDTH : 1200);
        view = CandleView.of(data.bars(), visible[0], visible[1], (int) Math.max(10, width / PIXELS_PER_CANDLE));
        for (ChartPane p : panes) {
            p.chart().getXAxis().set(newRange.from(), newRange.to());
        }
        shading.show(regimes, newRange);
        volumeBars.show(view, newRange);
        ValueRange.Builder prices = ValueRange.builder().include(view.low()).include(view.high());
        candles.set(new double[][] {view.x(), view.open(), view.high(), view.low(), view.close(), view.volume(),
                new double[view.size()]}, false);
        overlayLines.forEach((drawn, sets) -> {
            ChartData.Study study = data.study(drawn.spec()); // the values of the current data
            for (int k = 0; k < sets.size(); k++) {
                double[] sampled = view.sample(study.lines().get(k).values());
                sets.get(k).set(view.x(), sampled, true);
                if (fitAll) {
                    prices.include(sampled);
                }
            }
        });
        compare.write(view.from(), view.to(), view.x(), view::sample, prices::include);
        showMarkers();
        ValueRange y = prices.build(log);
        if (y != null) {
            y = y.stretch(priceScale, log);
            price.valueAxis().set(y.min(), y.max());
        }
        lastClose = view.size() == 0 ? Double.NaN : data.bars().close()[view.to() - 1];
        lastPrice.getStyleClass().removeAll("up", "down");
        int last = view.to() - 1;
        lastPrice.getStyleClass().add(last >= 0 && data.bars().close()[last] >= data.bars().open()[last] ? "up" : "down");
        lastPrice.setText(ChartViewModel.price(lastClose));
        placeLastPrice();
        if (volume != null) {
            showVolume();
        }
        studyPanes.forEach(this::writeStudy);
    }

    private void writeStudy(ChartPane pane, StudyPane p) {
        ValueRange.Builder values = ValueRange.builder();
        ChartData.Study study = data.study(p.study().spec()); // the values of the current data
        for (int k = 0; k < p.lines().size(); k++) {
            double[] sampled = view.sample(study.lines().get(k).values());
            p.lines().get(k).set(view.x(), sampled, true);
            values.include(sampled);
        }
        if (p.histogram() != null) {
            double[] sampled = view.sample(study.histogram().values());
            p.histogram().set(view.x(), sampled, true);
            values.include(sampled).include(0);
        }
        for (int g = 0; g < p.guides().size(); g++) {
            double level = p.study().guides().get(g);
            p.guides().get(g).set(new double[] {range.from(), range.to()}, new double[] {level, level}, true);
            values.include(level);
        }
        ValueRange r = values.build(false);
        if (r != null) {
            pane.valueAxis().set(r.min(), r.max());
        } else {
            pane.valueAxis().set(0, 1);
        }
    }

    /** Puts the last-price tag on the price scale at the last visible close (hidden when off the scale). */
    private void placeLastPrice() {
        Pane plot = price.chart().getPlotBackground();
        DefaultNumericAxis axis = price.valueAxis();
        double h = plot.getHeight();
        boolean inside = Double.isFinite(lastClose) && h > 0 && lastClose >= axis.getMin() && lastClose <= axis.getMax();
        lastPrice.setVisible(inside);
        if (!inside) {
            return;
        }
        double fraction = log ? Math.log(axis.getMax() / lastClose) / Math.log(axis.getMax() / axis.getMin())
                : (axis.getMax() - lastClose) / (axis.getMax() - axis.getMin());
        var origin = price.content().sceneToLocal(plot.localToScene(plot.getWidth(), fraction * h));
        if (origin == null) {
            return;
        }
        lastPrice.applyCss(); // its padding and font decide the width; before the first CSS pass autosize gives too little
        lastPrice.autosize();
        lastPrice.relocate(origin.getX() + 1, origin.getY() - lastPrice.getHeight() / 2);
    }

    private void showMarkers() {
        Map<ChartData.Kind, List<double[]>> points = new EnumMap<>(ChartData.Kind.class);
        for (ChartData.Kind kind : ChartData.Kind.values()) {
            points.put(kind, new ArrayList<>());
        }
        int step = view.barsPerCandle();
        for (ChartData.Marker m : data.markers()) {
            if (m.index() < view.from() || m.index() >= view.to()) {
                continue;
            }
            int k = (m.index() - view.from()) / step;
            double gap = (view.high()[k] - view.low()[k]) * 0.15 + 1e-9;
            points.get(m.kind()).add(new double[] {view.x()[k], m.up() ? view.low()[k] - gap : view.high()[k] + gap});
        }
        points.forEach((kind, list) -> setPoints(markerSets.get(kind), list));
    }

    private static void setPoints(DoubleDataSet ds, List<double[]> points) {
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i)[0];
            y[i] = points.get(i)[1];
        }
        ds.set(x, y, false);
    }

    private void showVolume() {
        int n = view.size();
        double[] up = new double[n];
        double[] down = new double[n];
        double max = 0;
        for (int k = 0; k < n; k++) {
            boolean rising = view.close()[k] >= view.open()[k];
            (rising ? up : down)[k] = view.volume()[k];
            max = Math.max(max, view.volume()[k]);
        }
        volumeUp.set(view.x(), up, true);
        volumeDown.set(view.x(), down, true);
        volume.valueAxis().set(0, max > 0 ? max * 1.08 : 1);
    }
}
