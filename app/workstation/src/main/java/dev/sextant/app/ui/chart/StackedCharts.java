package dev.sextant.app.ui.chart;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.renderer.spi.financial.CandleStickRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.locks.DefaultDataSetLock;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.spi.MultiDimDoubleDataSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The ChartFX charts of one series stacked over a shared bar-index x axis: candles with overlay
 * lines and markers, volume, and one pane per lower study. {@link #show(XRange)} redraws them for
 * a visible range; at most one candle per {@link #PIXELS_PER_CANDLE} pixels is drawn (see
 * {@link CandleView}), and every y axis is set from the visible values so wicks are never clipped.
 * On demand the market regime of each bar shades the price chart's background ({@link RegimeShading}).
 */
public final class StackedCharts extends VBox {

    static final double PIXELS_PER_CANDLE = 3;
    static final double AXIS_WIDTH = 72;

    private final ChartData data;
    private final boolean log;
    private final XYChart price;
    private final MultiDimDoubleDataSet candles = new MultiDimDoubleDataSet("candles", 7);
    private final List<DoubleDataSet> overlayLines = new ArrayList<>();
    private final Map<ChartData.Kind, DoubleDataSet> markerSets = new EnumMap<>(ChartData.Kind.class);
    private final XYChart volume;
    private final DoubleDataSet volumeUp = new DoubleDataSet("volume up");
    private final DoubleDataSet volumeDown = new DoubleDataSet("volume down");
    private final List<PaneChart> panes = new ArrayList<>();
    private final List<XYChart> charts = new ArrayList<>();
    private final RegimeShading shading = new RegimeShading();
    private RegimeBands regimes;
    private CandleView view;
    private XRange range;
    private boolean pendingWrite;
    private boolean waitingForPulse;

    private record PaneChart(ChartData.Pane pane, XYChart chart, List<DoubleDataSet> lines, DoubleDataSet histogram) {
    }

    public StackedCharts(ChartData data, boolean log) {
        this.data = data;
        this.log = log;
        getStyleClass().add("stacked-charts");
        StringConverter<Number> timeLabels = new StringConverter<>() {
            @Override
            public String toString(Number index) {
                return BarTimeFormat.label(data.bars(), index.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("labels are not parsed");
            }
        };

        price = chart("price-chart", timeLabels);
        ((DefaultNumericAxis) price.getYAxis()).setLogAxis(log);
        CandleStickRenderer candleRenderer = new CandleStickRenderer(false);
        candleRenderer.getDatasets().add(candles);
        candles.addStyleClasses("candles");
        ErrorDataSetRenderer lines = lineRenderer();
        for (ChartData.Line line : data.overlays()) {
            DoubleDataSet ds = new DoubleDataSet(line.label());
            ds.addStyleClasses("study-" + line.slot(), line.label().startsWith("BB ") ? "band" : "line");
            overlayLines.add(ds);
            lines.getDatasets().add(ds);
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
        price.getRenderers().setAll(candleRenderer, lines, markers);
        Pane plotBackground = price.getPlotBackground();
        plotBackground.getChildren().add(shading);
        plotBackground.widthProperty().addListener((obs, old, now) -> shading.resize(now.doubleValue(), plotBackground.getHeight()));
        plotBackground.heightProperty().addListener((obs, old, now) -> shading.resize(plotBackground.getWidth(), now.doubleValue()));
        VBox.setVgrow(price, Priority.ALWAYS);
        price.setPrefHeight(400);

        volume = chart("volume-chart", timeLabels);
        ErrorDataSetRenderer bars = barRenderer();
        volumeUp.addStyleClasses("volume-up");
        volumeDown.addStyleClasses("volume-down");
        bars.getDatasets().addAll(volumeUp, volumeDown);
        volume.getRenderers().setAll(bars);
        ((DefaultNumericAxis) volume.getYAxis()).setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number v) {
                return ChartViewModel.volume(v.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("labels are not parsed");
            }
        });
        volume.setPrefHeight(90);
        volume.setMinHeight(70);
        volume.setMaxHeight(120);

        for (ChartData.Pane pane : data.panes()) {
            XYChart chart = chart("pane-chart", timeLabels);
            chart.setPrefHeight(110);
            chart.setMinHeight(80);
            chart.setMaxHeight(140);
            List<DoubleDataSet> paneLines = new ArrayList<>();
            ErrorDataSetRenderer r = lineRenderer();
            for (ChartData.Line line : pane.lines()) {
                DoubleDataSet ds = new DoubleDataSet(line.label());
                ds.addStyleClasses("pane-line-" + line.slot(), "line");
                paneLines.add(ds);
                r.getDatasets().add(ds);
            }
            DoubleDataSet hist = null;
            if (pane.histogram() != null) {
                hist = new DoubleDataSet(pane.histogram().label());
                hist.addStyleClasses("histogram");
                ErrorDataSetRenderer h = barRenderer();
                h.getDatasets().add(hist);
                chart.getRenderers().setAll(h, r);
            } else {
                chart.getRenderers().setAll(r);
            }
            panes.add(new PaneChart(pane, chart, paneLines, hist));
        }
        getChildren().add(price);
        getChildren().add(volume);
        panes.forEach(p -> getChildren().add(p.chart()));
        // only the lowest chart labels the time axis
        for (int i = 0; i < charts.size() - 1; i++) {
            ((DefaultNumericAxis) charts.get(i).getXAxis()).getStyleClass().add("time-axis-unlabelled");
        }
    }

    private XYChart chart(String styleClass, StringConverter<Number> timeLabels) {
        DefaultNumericAxis x = new DefaultNumericAxis();
        x.setAutoRanging(false);
        x.setTickLabelFormatter(timeLabels);
        x.setMaxMajorTickLabelCount(8);
        DefaultNumericAxis y = new DefaultNumericAxis();
        y.setSide(Side.RIGHT);
        y.setAutoRanging(false);
        y.setMinWidth(AXIS_WIDTH);
        y.setPrefWidth(AXIS_WIDTH);
        y.setMaxWidth(AXIS_WIDTH);
        XYChart chart = new XYChart(x, y);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.getStyleClass().add(styleClass);
        chart.setMinWidth(200);
        charts.add(chart);
        return chart;
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

    /** The price chart's x axis, for turning mouse positions into bar indices. */
    public DefaultNumericAxis timeAxis() {
        return (DefaultNumericAxis) price.getXAxis();
    }

    public DefaultNumericAxis priceAxis() {
        return (DefaultNumericAxis) price.getYAxis();
    }

    public XYChart priceChart() {
        return price;
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
        all.addAll(overlayLines);
        for (PaneChart p : panes) {
            all.addAll(p.lines());
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
        double width = Math.max(200, getWidth() > 0 ? getWidth() - AXIS_WIDTH : 1200);
        view = CandleView.of(data.bars(), visible[0], visible[1], (int) Math.max(10, width / PIXELS_PER_CANDLE));
        for (XYChart chart : charts) {
            chart.getXAxis().set(newRange.from(), newRange.to());
        }
        shading.show(regimes, newRange);
        ValueRange.Builder prices = ValueRange.builder().include(view.low()).include(view.high());
        candles.set(new double[][] {view.x(), view.open(), view.high(), view.low(), view.close(), view.volume(),
                new double[view.size()]}, false);
        for (int k = 0; k < overlayLines.size(); k++) {
            double[] sampled = view.sample(data.overlays().get(k).values());
            overlayLines.get(k).set(view.x(), sampled, true);
            prices.include(sampled);
        }
        showMarkers();
        ValueRange y = prices.build(log);
        if (y != null) {
            price.getYAxis().set(y.min(), y.max());
        }
        showVolume();
        for (PaneChart p : panes) {
            ValueRange.Builder values = ValueRange.builder();
            for (int k = 0; k < p.lines().size(); k++) {
                double[] sampled = view.sample(p.pane().lines().get(k).values());
                p.lines().get(k).set(view.x(), sampled, true);
                values.include(sampled);
            }
            if (p.histogram() != null) {
                double[] sampled = view.sample(p.pane().histogram().values());
                p.histogram().set(view.x(), sampled, true);
                values.include(sampled).include(0);
            }
            if (p.pane().study() == Study.RSI) {
                values.include(30).include(70);
            }
            ValueRange r = values.build(false);
            if (r != null) {
                p.chart().getYAxis().set(r.min(), r.max());
            } else {
                p.chart().getYAxis().set(0, 1);
            }
        }
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
        volume.getYAxis().set(0, max > 0 ? max * 1.08 : 1);
    }
}
