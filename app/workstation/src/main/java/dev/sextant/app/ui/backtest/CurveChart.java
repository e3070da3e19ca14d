package dev.sextant.app.ui.backtest;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * A ChartFX chart of daily curves over a date axis (epoch days shown as dates), y axis on the right
 * formatted by {@code format}; each curve has a style class for its colour. Ranges are set from the
 * data, with a small margin.
 */
public final class CurveChart extends XYChart {

    /** One line: x in epoch days, y values, and its style class. */
    public record Curve(String name, long[] days, double[] values, String style) {
    }

    private final ErrorDataSetRenderer lines = new ErrorDataSetRenderer();
    private final DefaultNumericAxis xAxis;
    private final DefaultNumericAxis yAxis;
    private final HBox legend = new HBox(12);

    public CurveChart(String styleClass, String format, boolean filled) {
        super(new DefaultNumericAxis(), new DefaultNumericAxis());
        xAxis = (DefaultNumericAxis) getXAxis();
        yAxis = (DefaultNumericAxis) getYAxis();
        xAxis.setAutoRanging(false);
        xAxis.setTickLabelFormatter(converter(v -> java.time.LocalDate.ofEpochDay(Math.round(v)).toString().substring(0, 7)));
        xAxis.setMaxMajorTickLabelCount(8);
        yAxis.setSide(Side.RIGHT);
        yAxis.setAutoRanging(false);
        yAxis.setTickLabelFormatter(converter(v -> String.format(Locale.ROOT, format, Math.abs(v) < 1e-9 ? 0.0 : v)));
        yAxis.setMaxMajorTickLabelCount(6);
        yAxis.setMinWidth(64);
        lines.setPolyLineStyle(filled ? LineStyle.AREA : LineStyle.NORMAL);
        lines.setErrorStyle(ErrorStyle.NONE);
        lines.setDrawMarker(false);
        lines.setAllowNaNs(true);
        getRenderers().setAll(lines);
        setLegendVisible(false);
        setAnimated(false);
        getStyleClass().addAll("curve-chart", styleClass);
        legend.getStyleClass().add("curve-legend");
        legend.setMouseTransparent(true);
        // the plot foreground stretches its children over the plot: the entries sit top left, the rest stays clear
        legend.setPadding(new Insets(4, 8, 4, 8));
        legend.setAlignment(Pos.TOP_LEFT);
        legend.setFillHeight(false);
        getPlotForeground().getChildren().add(legend);
    }

    /** A colour swatch in the curve's style class and its name. */
    private static HBox legendEntry(Curve c) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", c.style());
        Label name = new Label(c.name());
        HBox entry = new HBox(5, swatch, name);
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.getStyleClass().add("legend-entry");
        return entry;
    }

    /** The names in the legend, in order (for tests). */
    public List<String> legendNames() {
        return legend.getChildren().stream().map(n -> ((Label) ((HBox) n).getChildren().get(1)).getText()).toList();
    }

    private static StringConverter<Number> converter(java.util.function.DoubleFunction<String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return text.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("labels are not parsed");
            }
        };
    }

    /** Replaces the curves; {@code includeZero} keeps 0 inside the y range (drawdowns). */
    public void show(List<Curve> curves, boolean includeZero) {
        lines.getDatasets().clear();
        legend.getChildren().setAll(curves.stream().filter(c -> c.days().length > 0).map(CurveChart::legendEntry).toList());
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = includeZero ? 0 : Double.POSITIVE_INFINITY;
        double yMax = includeZero ? 0 : Double.NEGATIVE_INFINITY;
        for (Curve c : curves) {
            if (c.days().length == 0) {
                continue;
            }
            double[] x = new double[c.days().length];
            for (int i = 0; i < x.length; i++) {
                x[i] = c.days()[i];
                if (Double.isFinite(c.values()[i])) {
                    yMin = Math.min(yMin, c.values()[i]);
                    yMax = Math.max(yMax, c.values()[i]);
                }
            }
            xMin = Math.min(xMin, x[0]);
            xMax = Math.max(xMax, x[x.length - 1]);
            DoubleDataSet ds = new DoubleDataSet(c.name());
            ds.set(x, c.values(), true);
            ds.addStyleClasses(c.style());
            lines.getDatasets().add(ds);
        }
        if (xMin > xMax) {
            return;
        }
        double pad = (yMax - yMin) * 0.05 + 1e-9;
        xAxis.set(xMin, Math.max(xMax, xMin + 1) + (xMax - xMin) * 0.03);
        yAxis.set(includeZero && yMax <= 0 ? yMin - pad : yMin - pad, yMax + pad);
    }
}
