package dev.sextant.app.ui.chart.drawing;

import dev.sextant.engine.market.PriceColumns;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;

/**
 * What the drawings need of the chart shown: the price pane's chart (its x axis is the bar index, its plot
 * foreground carries the drawing layer), its price axis, the bars it shows, and whether it is on screen (not while
 * another pane is maximised).
 */
public record PricePlot(XYChart chart, DefaultNumericAxis priceAxis, PriceColumns bars, boolean shown) {
}
