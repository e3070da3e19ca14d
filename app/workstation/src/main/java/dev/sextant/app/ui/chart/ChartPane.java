package dev.sextant.app.ui.chart;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.ui.geometry.Side;
import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * One pane of the chart: a ChartFX chart over the shared {@link TimeAxis} with a {@link PriceAxis}
 * on the right, and its {@link PaneLegend} over the top left corner. {@code key} names the pane
 * for the workspace ({@link ChartSettings#PRICE}, {@link ChartSettings#VOLUME} or a study's indicator).
 */
final class ChartPane {

    static final double MIN_HEIGHT = 48;

    private final String key;
    private final StudySpec study;
    private final XYChart chart;
    private final PriceAxis valueAxis;
    private final TimeAxis timeAxis;
    private final PaneLegend legend = new PaneLegend();
    private final StackPane content;

    /** @param study the pane's study, null for the price and volume panes */
    ChartPane(String key, StudySpec study, TimeTicks calendar, DoubleFunction<String> valueLabels, String styleClass) {
        this.key = key;
        this.study = study;
        timeAxis = new TimeAxis(calendar);
        valueAxis = new PriceAxis(valueLabels);
        chart = new XYChart(timeAxis, valueAxis);
        valueAxis.setSide(Side.RIGHT); // after the chart: XYChart puts a y axis it is given on the left
        valueAxis.setAutoRanging(false);
        valueAxis.setAutoGrowRanging(false);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.getStyleClass().add(styleClass);
        chart.setMinWidth(200);
        chart.setMinHeight(MIN_HEIGHT);
        legend.setPickOnBounds(false);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        content = new StackPane(chart, legend);
        content.getStyleClass().add("chart-pane");
        content.setId("pane-" + idOf(key));
        content.setMinHeight(MIN_HEIGHT);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(2, PriceAxis.WIDTH + 4, 0, 6));
    }

    /** A node id part for pane or study {@code key}: lower case, runs of other characters as one '-'. */
    static String idOf(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    String key() {
        return key;
    }

    StudySpec study() {
        return study;
    }

    XYChart chart() {
        return chart;
    }

    PriceAxis valueAxis() {
        return valueAxis;
    }

    PaneLegend legend() {
        return legend;
    }

    StackPane content() {
        return content;
    }

    /** Only the lowest pane labels the time axis. */
    void timeAxisLabelled(boolean labelled) {
        timeAxis.getStyleClass().remove("time-axis-unlabelled");
        if (!labelled) {
            timeAxis.getStyleClass().add("time-axis-unlabelled");
        }
    }
}
